// Build and test configuration for the Disclosure Desk webview bundle.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  // Tauri prints its own logs to the same terminal during `tauri dev`.
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The app's CSP forbids inline scripts, and the polyfill is injected as one.
    modulePreload: { polyfill: false },
    // Every asset must be a file served by the app itself, never a data: script or font.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
});
