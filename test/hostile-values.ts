/**
 * Values that throw when anything looks at them (String(), instanceof, Array.isArray): what a
 * getter, a Proxy trap or a custom rule may throw. Shared by the tests that promise ppie never
 * throws on what it is given.
 *
 * @returns each value, by what it is
 */
export function hostileThrowables(): Record<string, unknown> {
  const nullProto = Object.create(null) as object;
  const noProto = new Proxy(
    {},
    {
      getPrototypeOf() {
        throw new Error("no prototype for you");
      },
    },
  );
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const badMessage = new Error("x");
  Object.defineProperty(badMessage, "message", {
    get() {
      throw nullProto;
    },
  });
  return {
    "a null-prototype object": nullProto,
    "a Proxy whose getPrototypeOf throws": noProto,
    "a revoked Proxy": revoked,
    "an Error whose message getter throws": badMessage,
    "a symbol": Symbol("s"),
  };
}
