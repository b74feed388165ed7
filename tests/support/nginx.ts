/**
 * Debian's nginx as a reverse proxy in front of a running app, the way an operator puts it:
 * its own prefix, config and logs in a temporary folder, started in the foreground and
 * stopped after. Like nginx out of the box, it sends the backend's address as Host (not
 * the public one) and adds X-Forwarded-For and X-Forwarded-Proto.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server";

export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export type RunningProxy = { url: string; port: number; log: () => string; stop: () => Promise<void> };

/** The port is chosen first, so the app can be started with the proxy's address as APP_URL. */
export async function reserveProxyPort(): Promise<number> {
  return freePort();
}

export async function startNginx(port: number, upstream: string): Promise<RunningProxy> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tripod-nginx-"));
  const backend = new URL(upstream);
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 2m;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://${backend.host};
      proxy_http_version 1.1;
      # nginx's default Host here is the backend's address ($proxy_host), not the public one,
      # and it sends no X-Forwarded-Host: the plainest proxy there is.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
  );
  let output = "";
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${output}${fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : ""}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer in 15 s: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    port,
    log: () => (fs.existsSync(path.join(dir, "access.log")) ? fs.readFileSync(path.join(dir, "access.log"), "utf8") : ""),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
