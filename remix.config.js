/**
 * Remix v2, classic compiler (see docs/decisions/0001-classic-remix-compiler.md).
 * Everything the build writes stays under ./build so the top level stays the design's.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  appDirectory: "app",
  assetsBuildDirectory: "build/client",
  publicPath: "/build/",
  serverBuildPath: "build/server/index.js",
  serverModuleFormat: "esm",
  serverPlatform: "node",
  ignoredRouteFiles: ["**/.*", "**/*.test.*"],
  future: {
    // Every v3 flag the classic compiler supports. v3_routeConfig needs the Vite
    // plugin and is therefore not available here (the ADR says more).
    v3_fetcherPersist: true,
    v3_lazyRouteDiscovery: true,
    v3_relativeSplatPath: true,
    v3_singleFetch: true,
    v3_throwAbortReason: true,
  },
};
