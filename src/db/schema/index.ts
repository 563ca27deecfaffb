export * from './orgUnits';
export * from './users';
export * from './auditEvents';
export * from './files';
export * from './campaigns';
export * from './par';
