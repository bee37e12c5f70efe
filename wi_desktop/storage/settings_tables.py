"""The observer's remembered choices, and the role templates made in the program."""

from __future__ import annotations

from wi_desktop.storage.sql import Sql


class SettingsTables:
    """Rows of settings."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def get_setting(self, key: str) -> str | None:
        rows = self.sql.query("SELECT value FROM settings WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def set_setting(self, key: str, value: str) -> None:
        self.sql.write("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                       "DO UPDATE SET value = excluded.value", (key, value))


class TemplateTables:
    """Rows of role_templates."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def list_user_templates(self) -> list[tuple[str, str, int]]:
        return [(str(n), str(j), int(ms)) for n, j, ms in self.sql.query(
            "SELECT name, template_json, updated_ms FROM role_templates ORDER BY name")]

    def save_user_template(self, name: str, template_json: str, updated_ms: int) -> None:
        self.sql.write(
            "INSERT INTO role_templates (name, template_json, updated_ms) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET template_json = excluded.template_json, "
            "updated_ms = excluded.updated_ms", (name, template_json, updated_ms))

    def delete_user_template(self, name: str) -> None:
        self.sql.write("DELETE FROM role_templates WHERE name = ?", (name,))
