import { afterEach } from 'vitest';
import { checkAccessibilityOfRunningPages } from './support';

// A setup file runs before each test file even when the files of a worker share their modules (vitest.config.ts),
// so every browser test file gets the accessibility check after each of its tests.
afterEach(checkAccessibilityOfRunningPages);
