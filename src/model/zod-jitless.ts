// zod compiles object parsers with new Function() unless told not to, and probes for it with
// Function(''): both are eval, which a strict Content-Security-Policy (no 'unsafe-eval', see
// deploy/nginx.conf) blocks and reports. jitless parses the same way without eval. It must run before
// any schema is built (zod reads the flag when a schema is created), so schema modules import this first.
import { z } from 'zod';

z.config({ jitless: true });
