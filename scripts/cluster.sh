#!/usr/bin/env bash
# A local two-instance cluster, the way the app scales out: PostgreSQL, the Redis backplane, instances A and B of the
# web app, and nginx in front with sticky sessions (docs/architecture.md section 11).
#
#   scripts/cluster.sh start     build if needed, start everything, wait until both instances are ready
#   scripts/cluster.sh stop      stop everything and remove the state folder
#   scripts/cluster.sh status    print the addresses and process ids
#
# Settings (environment variables, all optional):
#   CLUSTER_DIR      state folder (logs, pids, nginx and database files)   default /tmp/ispecia-voip-cluster
#   CLUSTER_PORT     nginx, the address people and Twilio use              default 8080
#   CLUSTER_PORT_A / CLUSTER_PORT_B   the two instances                    default 5101 / 5102
#   CLUSTER_PG_PORT / CLUSTER_REDIS_PORT                                   default 55470 / 56379
#   ConnectionStrings__Voip  an existing PostgreSQL database; without it a throwaway cluster is made
#   ASPNETCORE_ENVIRONMENT   default Development (demo users are seeded, so you can sign in at once)
#   Voip__Mode, Twilio__*, Voip__PublicBaseUrl   passed to both instances as they are. Without Twilio credentials
#   each instance runs its own simulator, and a simulated call stays on the instance that placed it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dir=${CLUSTER_DIR:-/tmp/ispecia-voip-cluster}
port=${CLUSTER_PORT:-8080}
port_a=${CLUSTER_PORT_A:-5101}
port_b=${CLUSTER_PORT_B:-5102}
pg_port=${CLUSTER_PG_PORT:-55470}
redis_port=${CLUSTER_REDIS_PORT:-56379}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
web_dll=$repo/Ispecia.Voip.Web/bin/Debug/net10.0/Ispecia.Voip.Web.dll

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else bash -c "$1"; fi; }

wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "Not ready after $2 s: $1" >&2
  return 1
}

start_postgres() {
  if [ -n "${ConnectionStrings__Voip:-}" ]; then return; fi
  mkdir -p "$dir/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
  as_postgres "$pg_bin/initdb -D '$dir/pg' -U postgres --auth=trust" >/dev/null
  as_postgres "$pg_bin/pg_ctl -D '$dir/pg' -o '-p $pg_port -k /tmp -c listen_addresses=127.0.0.1' -l '$dir/pg/server.log' -w start" >/dev/null
  export ConnectionStrings__Voip="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
}

start_instance() { # name port
  (
    export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
    export Database__Provider=Postgres Redis__ConnectionString="127.0.0.1:$redis_port"
    export Voip__KnownProxies=127.0.0.1
    cd "$repo/Ispecia.Voip.Web"
    exec dotnet "$web_dll" --urls "http://127.0.0.1:$2" >"$dir/$1.log" 2>&1
  ) &
  echo $! >"$dir/$1.pid"
  wait_for "http://127.0.0.1:$2/health/live" 120
}

write_nginx_conf() {
  mkdir -p "$dir/nginx/logs"
  # Sticky sessions without nginx Plus: nginx itself sets a cookie naming the instance that answered, and the next
  # request with that cookie goes back to it (a Blazor circuit and its SignalR negotiate must stay on one instance).
  cat >"$dir/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log $dir/nginx/logs/access.log;
  client_body_temp_path $dir/nginx/body;
  proxy_temp_path $dir/nginx/proxy;
  fastcgi_temp_path $dir/nginx/fastcgi;
  uwsgi_temp_path $dir/nginx/uwsgi;
  scgi_temp_path $dir/nginx/scgi;
  upstream voip { server 127.0.0.1:$port_a; server 127.0.0.1:$port_b; }
  map \$cookie_ispecia_node \$voip_backend { a 127.0.0.1:$port_a; b 127.0.0.1:$port_b; default voip; }
  map \$upstream_addr \$voip_node { 127.0.0.1:$port_a a; 127.0.0.1:$port_b b; default ""; }
  map \$http_upgrade \$connection_upgrade { default upgrade; "" close; }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://\$voip_backend;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 1h;
      add_header Set-Cookie "ispecia_node=\$voip_node; Path=/; HttpOnly; SameSite=Lax" always;
    }
  }
}
EOF
}

start() {
  if [ -e "$dir" ]; then echo "$dir exists: run scripts/cluster.sh stop first" >&2; exit 1; fi
  mkdir -p "$dir"
  [ -e "$web_dll" ] || dotnet build Ispecia.Voip.Web >/dev/null
  start_postgres
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --pidfile "$dir/redis.pid" >/dev/null
  # One at a time: the first applies the migrations and seeds; the second finds them done.
  start_instance a "$port_a"
  start_instance b "$port_b"
  write_nginx_conf
  nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" >"$dir/nginx/logs/stdout.log" 2>&1 &
  echo $! >"$dir/nginx.pid"
  wait_for "http://127.0.0.1:$port/health/live" 30
  status
}

stop() {
  if [ -f "$dir/nginx/nginx.pid" ]; then kill "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null || true; fi
  for name in nginx a b; do
    if [ -f "$dir/$name.pid" ]; then kill "$(cat "$dir/$name.pid")" 2>/dev/null || true; fi
  done
  if [ -f "$dir/redis.pid" ]; then kill "$(cat "$dir/redis.pid")" 2>/dev/null || true; fi
  if [ -d "$dir/pg" ]; then as_postgres "$pg_bin/pg_ctl -D '$dir/pg' -m fast stop" >/dev/null 2>&1 || true; fi
  sleep 1
  rm -rf "$dir"
}

status() {
  echo "nginx       http://127.0.0.1:$port   (pid $(cat "$dir/nginx.pid" 2>/dev/null || echo -))"
  echo "instance a  http://127.0.0.1:$port_a   (pid $(cat "$dir/a.pid" 2>/dev/null || echo -), log $dir/a.log)"
  echo "instance b  http://127.0.0.1:$port_b   (pid $(cat "$dir/b.pid" 2>/dev/null || echo -), log $dir/b.log)"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/cluster.sh start|stop|status" >&2; exit 2 ;;
esac
