# A throwaway PostgreSQL cluster for the tests. Sourced by test.sh.
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.

civitas_pg_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] || { echo "test.sh: PostgreSQL server binaries not found" >&2; return 1; }
    echo "$dir"
}

civitas_as_pg_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}

civitas_start_postgres() {
    CIVITAS_PGDATA=$1
    local bin port
    bin=$(civitas_pg_bindir)
    mkdir -p "$CIVITAS_PGDATA"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$CIVITAS_PGDATA"
    # A free port of our own, so that a system cluster on 5432 does not matter.
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + $$ % 20000)))
    # Passwords are checked over TCP, as on a real server; the throwaway superuser's is known.
    local password=civitas-test-admin
    printf '%s\n' "$password" >"$CIVITAS_PGDATA/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$CIVITAS_PGDATA/pwfile"
    civitas_as_pg_owner "'$bin/initdb' -D '$CIVITAS_PGDATA/data' -U civitas_admin --pwfile='$CIVITAS_PGDATA/pwfile' --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >'$CIVITAS_PGDATA/initdb.log' 2>&1" \
        || { cat "$CIVITAS_PGDATA/initdb.log" >&2; return 1; }
    civitas_make_test_certificates "$CIVITAS_PGDATA" || return 1
    # Settings in the cluster's own file, so that a test may stop and start it again as is.
    cat >>"$CIVITAS_PGDATA/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$CIVITAS_PGDATA'
idle_in_transaction_session_timeout = '60s'
fsync = off
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
# Who did what, in every line: pgaudit's AUDIT lines name no user themselves.
log_line_prefix = '%m [%p] %q%u@%d '
CONF
    # HR's reads are traced by pgaudit's object audit (database/central/hr), as on a real
    # server; provision only warns where the library is missing.
    if [ -f "$("$bin/pg_config" --pkglibdir 2>/dev/null || echo "$bin/../lib")/pgaudit.so" ]; then
        echo "shared_preload_libraries = 'pgaudit'" >>"$CIVITAS_PGDATA/data/postgresql.conf"
    fi
    civitas_as_pg_owner "'$bin/pg_ctl' -D '$CIVITAS_PGDATA/data' -l '$CIVITAS_PGDATA/server.log' -w start >/dev/null" \
        || { cat "$CIVITAS_PGDATA/server.log" >&2; return 1; }
    export PGHOST=127.0.0.1 PGPORT=$port PGUSER=civitas_admin PGDATABASE=postgres PGPASSWORD=$password
    # Over TLS, the server's certificate and name checked, as a town's desks connect. The CA
    # sits in a folder whose name holds a space: the options must quote it.
    export PGSSLMODE=verify-full PGSSLROOTCERT="$CIVITAS_PGDATA/tls ca/root.crt"
    # An authority that signed nothing of this cluster's: a server it cannot vouch for.
    export CIVITAS_TEST_OTHER_CA="$CIVITAS_PGDATA/tls ca/other-root.crt"
    export CIVITAS_TEST_PG_BINDIR=$bin CIVITAS_TEST_PGDATA=$CIVITAS_PGDATA/data
    echo "Throwaway PostgreSQL on 127.0.0.1:$port ($CIVITAS_PGDATA)"
}

# A throwaway certificate authority, the cluster's certificate for 127.0.0.1 and localhost
# signed by it (into the data folder, the server's own), and an unrelated authority.
civitas_make_test_certificates() {
    local pgdata=$1
    local ca="$pgdata/tls ca"
    local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    mkdir -p "$ca"
    chmod 755 "$ca"
    (
        cd "$ca" || exit 1
        openssl req -x509 "${ec[@]}" -days 7 -subj "/CN=Civitas test CA" \
            -keyout root.key -out root.crt &&
        openssl req -x509 "${ec[@]}" -days 7 -subj "/CN=Civitas unrelated CA" \
            -keyout other-root.key -out other-root.crt &&
        openssl req "${ec[@]}" -subj "/CN=localhost" -keyout server.key -out server.csr &&
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext &&
        openssl x509 -req -in server.csr -CA root.crt -CAkey root.key -set_serial 1 -days 7 \
            -extfile server.ext -out server.crt
    ) >"$pgdata/openssl.log" 2>&1 || { cat "$pgdata/openssl.log" >&2; return 1; }
    chmod 644 "$ca/root.crt" "$ca/other-root.crt"
    cp "$ca/server.crt" "$ca/server.key" "$pgdata/data/"
    chmod 600 "$pgdata/data/server.key"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgdata/data/server.crt" "$pgdata/data/server.key"
    return 0
}

civitas_stop_postgres() {
    [ -n "${CIVITAS_PGDATA:-}" ] || return 0
    civitas_as_pg_owner "'$(civitas_pg_bindir)/pg_ctl' -D '$CIVITAS_PGDATA/data' -m immediate stop >/dev/null 2>&1" || true
}
