import { describe, expect, it } from "vitest";
import { describeDatabaseError, isDatabaseUnavailable } from "@/lib/health/describe-database-error";

describe("describeDatabaseError", () => {
  it("names the failure Prisma hides after a blank first line", () => {
    const error = Object.assign(
      new Error(
        "\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:9`",
      ),
      {
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 9 } } },
      },
    );
    expect(describeDatabaseError(error)).toBe("cannot connect to 127.0.0.1:9 (DatabaseNotReachable)");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("keeps a plain driver message and tells bugs apart", () => {
    expect(describeDatabaseError(new Error("Query read timeout"))).toBe("Query read timeout");
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });
});
