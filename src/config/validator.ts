import { Ajv, type ValidateFunction } from 'ajv'

/**
 * A JSON schema's validator. Its own module so that ajv is imported statically here (esbuild's
 * CommonJS interop gives a static import its named exports) while the config file and report
 * readers load this module only when they have something to validate.
 */
export function compileSchema(schema: object, options: { allErrors?: boolean } = {}): ValidateFunction {
  return new Ajv({ strict: false, ...options }).compile(schema)
}
