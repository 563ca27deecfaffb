export * from './orgUnits';
export * from './users';
export * from './auditEvents';
