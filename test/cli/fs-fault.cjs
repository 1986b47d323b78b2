// Preloaded into the built CLI by test/cli/input.test.ts (NODE_OPTIONS=--require): opening a
// file whose path ends with PPIE_TEST_EACCES fails with EACCES, as after `chmod 000` for a
// user who is not root. Tests may run as root, whom chmod does not stop.
const fs = require("node:fs");
const fsp = require("node:fs/promises");
const { syncBuiltinESMExports } = require("node:module");

const target = process.env.PPIE_TEST_EACCES;
const hit = (path) => target !== undefined && String(path).endsWith(target);
const denied = (path) =>
  Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
    code: "EACCES",
    errno: -13,
    syscall: "open",
    path: String(path),
  });

const open = fsp.open;
fsp.open = function (path, ...rest) {
  return hit(path) ? Promise.reject(denied(path)) : open.call(this, path, ...rest);
};
const openCallback = fs.open;
fs.open = function (path, ...rest) {
  if (!hit(path)) return openCallback.call(this, path, ...rest);
  const callback = rest[rest.length - 1];
  process.nextTick(() => callback(denied(path)));
};
syncBuiltinESMExports();
