/** node-postgres's helper that turns a parameter into the text it sends (no published types). */
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): unknown };
  export default utils;
}
