// Preloaded with `node -r` before a compiled TypeScript snippet: replaces the
// Darabonba transport (the SDK's one network call) with a recorder that
// writes the request to $CAPTURE and answers like the API would.
const fs = require("node:fs");
const { Readable } = require("node:stream");
const core = require("@darabonba/typescript/dist/core");

let calls = 0;
core.doAction = async (request) => {
  calls += 1;
  if (calls > 1) throw new Error("more than one HTTP request");
  fs.writeFileSync(process.env.CAPTURE, JSON.stringify({
    method: request.method, protocol: request.protocol, pathname: request.pathname,
    headers: request.headers, query: request.query, body: request.body ? String(request.body) : null,
  }));
  return {
    statusCode: 200,
    statusMessage: "OK",
    headers: { "content-type": "application/json;charset=utf-8" },
    // Create and Modify snippets print SslVpnServerId, Delete and Describe
    // snippets RequestId: two different values, so printing the wrong one shows.
    body: Readable.from([Buffer.from(JSON.stringify({
      RequestId: "req-ts-check", SslVpnServerId: "vss-ts-check", Name: "n",
      TotalCount: 1, PageNumber: 1, PageSize: 10,
      SslVpnServers: { SslVpnServer: [{ SslVpnServerId: "vss-listed", Port: 1194 }] },
    }))]),
  };
};
