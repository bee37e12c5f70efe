"""The business that runs the interviews: its name, address, contact line and logo on every
document, and the currency and the locale its money and dates are written in."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from functools import lru_cache

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.notes import mend_broken_characters
from wi_desktop.core.ports import Store
from wi_desktop.core.speech import number, say

SETTING_KEY = "business"
MAX_LINE = 300
MAX_ADDRESS = 1_000
MAX_LOGO_BYTES = 1_000_000
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True, slots=True)
class Business:
    name: str = ""
    address: str = ""  # several lines
    contact: str = ""  # one line: telephone, e-mail, web
    currency: str = "USD"  # ISO 4217
    locale: str = "en_US"  # a CLDR locale name, e.g. de_DE, fr_CA
    logo_png: bytes = b""  # an SVG is drawn to a PNG when it is chosen

    @property
    def letterhead(self) -> bool:
        return bool(self.name.strip() or self.address.strip() or self.contact.strip()
                    or self.logo_png)


def check_business(business: Business) -> Business:
    """BUSINESS with its text tidied, or ValidationError naming the field that is wrong."""
    for label, text, limit in ((say("Name"), business.name, MAX_LINE),
                               (say("Address"), business.address, MAX_ADDRESS),
                               (say("Contact line"), business.contact, MAX_LINE)):
        if len(text) > limit:
            raise ValidationError(say("{label} is too long: at most {limit} characters.")
                                  .format(label=label, limit=number(limit)))
        if any(ord(c) < 32 and c not in "\n\t" for c in text) or "\x7f" in text:
            raise ValidationError(say("{label} holds a control character; type it again.")
                                  .format(label=label))
    currency = business.currency.strip().upper()
    if currency not in known_currencies():
        raise ValidationError(
            say("“{currency}” is not a currency code: use the three letters of ISO 4217, such "
                "as USD, EUR, GBP or JPY.").format(currency=business.currency))
    locale = canonical_locale(business.locale)
    if business.logo_png and not business.logo_png.startswith(PNG_MAGIC):
        raise ValidationError(say("The logo is not a PNG picture."))
    if len(business.logo_png) > MAX_LOGO_BYTES:
        raise ValidationError(say("The logo is larger than 1 MB; choose a smaller picture."))
    return replace(business, name=mend_broken_characters(business.name).strip(),
                   address=mend_broken_characters(business.address).strip(),
                   contact=" ".join(mend_broken_characters(business.contact).split()),
                   currency=currency, locale=locale)


@lru_cache(maxsize=1)
def known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies  # Babel loads its data lazily, on first use
    return frozenset(list_currencies())


def canonical_locale(name: str) -> str:
    """NAME as Babel names it (``de-de`` → ``de_DE``), or ValidationError."""
    from babel import Locale, UnknownLocaleError
    text = name.strip().replace("-", "_")
    try:
        return str(Locale.parse(text))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValidationError(
            say("“{name}” is not a locale: write a language and country such as en_US, en_GB, "
                "de_DE or fr_CA.").format(name=name)) from None


def money(cents: int, currency: str, locale: str) -> str:
    """An amount of money as the locale writes it: ``$1,234.50``, ``1.234,50 €``."""
    from babel.core import UnknownLocaleError
    from babel.numbers import format_currency
    amount = Decimal(cents) / 100
    try:
        return str(format_currency(amount, currency, locale=locale))
    except (ValueError, LookupError, UnknownLocaleError):  # stored by hand: write it plainly
        return f"{amount:,.2f} {currency}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def long_date(day: dt.date, locale: str) -> str:
    """A date in full as the locale writes it: ``December 7, 2026`` in en_US, ``7 December
    2026`` in en_GB, ``7. Dezember 2026`` in de_DE (Babel, loaded on first use)."""
    if locale:
        from babel.core import UnknownLocaleError
        from babel.dates import format_date

        try:
            return str(format_date(day, format="long", locale=locale))
        except (ValueError, LookupError, UnknownLocaleError):
            pass  # a locale stored by hand (or none): written plainly
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def decimal_hours(ms: int, locale: str) -> str:
    """Hours as payroll writes them, with the locale's decimal mark: ``2.25 h``, ``2,25 h``."""
    from babel.core import UnknownLocaleError
    from babel.numbers import format_decimal

    hours = Decimal(ms) / Decimal(3_600_000)
    try:
        return f"{format_decimal(hours, format='#,##0.00', locale=locale)} h"
    except (ValueError, LookupError, UnknownLocaleError):  # stored by hand: written plainly
        return f"{hours:.2f} h"


def to_json(business: Business) -> str:
    data = asdict(business)
    data["logo_png"] = base64.b64encode(business.logo_png).decode("ascii")
    return json.dumps(data, ensure_ascii=False)


def from_json(text: str | None) -> Business:
    """The stored business; the defaults when none was stored or the stored text is bad."""
    if not text:
        return Business()
    try:
        data = json.loads(text)
        logo = base64.b64decode(str(data.get("logo_png", "")), validate=True)
        fields = {k: str(data.get(k, "")) for k in ("name", "address", "contact")}
        return Business(**fields, currency=str(data.get("currency") or "USD"),
                        locale=str(data.get("locale") or "en_US"), logo_png=logo)
    except (ValueError, TypeError, AttributeError, binascii.Error):
        return Business()


class BusinessService:
    """Read and change the business details."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def business(self) -> Business:
        return from_json(self.store.settings.get_setting(SETTING_KEY))

    def set_business(self, business: Business) -> Business:
        checked = check_business(business)
        with self.store.transaction():
            self.store.settings.set_setting(SETTING_KEY, to_json(checked))
        return checked
