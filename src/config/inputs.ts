import * as core from '@actions/core'
import type { Overrides } from './config.js'
import { INPUT_NAMES } from './names.js'

/** The one place that reads action inputs. An empty input means "not given": the config file or the default applies. */
export function readActionInputs(): Overrides {
  const overrides: Overrides = {}
  for (const name of INPUT_NAMES) {
    const value = core.getInput(name)
    if (value !== '') overrides[name] = value
  }
  return overrides
}
