// One file per aggregate; every table is exported from here, so `db/schema` is the one import path.
export * from './orgUnits';
export * from './users';
export * from './sessions';
export * from './auditEvents';
export * from './files';
export * from './campaigns';
export * from './people';
export * from './registrations';
export * from './initiatives';
export * from './par';
export * from './campaignInputs';
export * from './holidayCalendars';
export * from './unitMeritCriteria';
export * from './trustedCertificates';
export * from './nominations';
export * from './dossiers';
export * from './notifications';
