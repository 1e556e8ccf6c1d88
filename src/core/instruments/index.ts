/** Instrument definitions: data (FHIR R4 Questionnaires with Rapport's scoring extension). */
export * from './types';
export * from './fhir';
export * from './schema';
export * from './psychometrics';
export * from './builtins';
export * from './text';
