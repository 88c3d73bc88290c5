namespace Wharf.Storage.Sqlite;

/// <summary>The SQLite schema; times are Unix milliseconds. Idempotent, so it runs on every start.</summary>
internal static class SqliteSchema
{
    public const string Script = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS vendors (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE,
            is_instance_admin INTEGER NOT NULL,
            signing_key BLOB NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS api_tokens (
            token_hash BLOB PRIMARY KEY,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id));
        CREATE TABLE IF NOT EXISTS apps (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id),
            slug TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS registries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            app_id INTEGER NOT NULL REFERENCES apps(id),
            host TEXT NOT NULL,
            slug TEXT,
            plain_http INTEGER NOT NULL,
            username TEXT,
            password BLOB,
            created_at INTEGER NOT NULL,
            UNIQUE (app_id, host, slug));
        CREATE UNIQUE INDEX IF NOT EXISTS registries_app_slug ON registries(app_id, slug) WHERE slug IS NOT NULL;
        CREATE UNIQUE INDEX IF NOT EXISTS registries_app_host ON registries(app_id, host) WHERE slug IS NULL;
        CREATE TABLE IF NOT EXISTS domains (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id),
            app_id INTEGER NOT NULL REFERENCES apps(id),
            domain TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS licenses (
            license_id TEXT PRIMARY KEY,
            app_id INTEGER NOT NULL REFERENCES apps(id),
            customer_name TEXT NOT NULL,
            expires_at INTEGER,
            revoked_at INTEGER,
            created_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS pull_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time INTEGER NOT NULL,
            vendor_id INTEGER,
            license_id TEXT,
            customer_name TEXT,
            app_slug TEXT,
            action TEXT NOT NULL,
            image TEXT,
            reference TEXT,
            status INTEGER NOT NULL,
            bytes INTEGER NOT NULL,
            client_address TEXT,
            note TEXT);
        CREATE INDEX IF NOT EXISTS pull_log_vendor_time ON pull_log(vendor_id, id);
        -- Egress reports scan one vendor's rows in a time window (added later; IF NOT EXISTS upgrades old files).
        CREATE INDEX IF NOT EXISTS pull_log_vendor_at ON pull_log(vendor_id, time);
        """;
}
