/**
 * zod without compiled parsers: the page's Content-Security-Policy forbids the Function constructor, and
 * zod decides whether to compile when a schema is defined, so every module that defines a schema imports
 * this first. Imports only zod.
 */
import { z } from 'zod';

z.config({ jitless: true });
