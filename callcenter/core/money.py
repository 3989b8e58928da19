"""Money as integer minor units plus an ISO 4217 currency code; never floats."""

from __future__ import annotations

from dataclasses import dataclass

_MINOR_DIGITS = {"JPY": 0, "KRW": 0}
_SYMBOLS = {"USD": "$", "CNY": "¥", "GBP": "£", "EUR": "€", "HKD": "HK$", "SGD": "S$", "JPY": "¥"}


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str = "USD"

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise TypeError("money is counted in integer minor units")

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.minor + other.minor, self.currency)

    def format(self) -> str:
        return format_minor(self.minor, self.currency)


def minor_digits(currency: str) -> int:
    """Digits after the decimal point (2 for USD and CNY, 0 for JPY)."""
    return _MINOR_DIGITS.get(currency, 2)


def format_minor(minor: int, currency: str) -> str:
    digits = _MINOR_DIGITS.get(currency, 2)
    sign = "-" if minor < 0 else ""
    value = abs(minor)
    symbol = _SYMBOLS.get(currency, currency + " ")
    if digits == 0:
        return f"{sign}{symbol}{value:,}"
    whole, frac = divmod(value, 10**digits)
    return f"{sign}{symbol}{whole:,}.{frac:0{digits}d}"
