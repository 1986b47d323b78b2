import { version } from "../../package.json";

/**
 * The package version, from package.json (bundled into the CLI at build time).
 *
 * @category CLI
 */
export const VERSION: string = version;
