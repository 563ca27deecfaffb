import * as pkijs from 'pkijs';

/**
 * The one crypto engine of the signature code: Node's WebCrypto, passed explicitly to every pkijs call so that nothing
 * depends on pkijs's global engine (which another module could replace).
 */
export const pkiEngine = new pkijs.CryptoEngine({ name: 'node', crypto: globalThis.crypto });
