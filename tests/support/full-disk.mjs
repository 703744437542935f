// Loaded with `node --import` (through NODE_OPTIONS, so the build's child process loads it too): writing a file
// whose name ends in GSL_TEST_FULL_DISK_FILE fails as it does on a full disk. The error is the kernel's own: the
// bytes are written to /dev/full, which always answers ENOSPC. Tests only.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const suffix = process.env.GSL_TEST_FULL_DISK_FILE;
const write = fs.writeFileSync;
if (suffix) {
  fs.writeFileSync = function writeFileSync(file, data, options) {
    if (typeof file === 'string' && file.endsWith(suffix)) {
      try {
        write('/dev/full', data, options);
      } catch (error) {
        error.path = file;
        throw error;
      }
    }
    return write.call(this, file, data, options);
  };
  syncBuiltinESMExports();
}
