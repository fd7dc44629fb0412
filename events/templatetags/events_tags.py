"""Thin template wrappers over events.formatting; the logic and its tests live there."""

from django import template

from .. import currency, formatting

register = template.Library()


@register.filter
def event_date(event):
    return formatting.format_event_date(event)


@register.filter
def amounts(event):
    """Every amount of the event, each in another currency followed by its US-dollar figure."""
    return formatting.format_amounts_with_usd(event.amounts.all(), currency.event_year(event))


@register.filter
def usd_of(amount, event):
    """An amount's total in US dollars at the rate of `event`'s year, or why there is none."""
    year = currency.event_year(event)
    return formatting.conversion_text(currency.to_usd(amount.total, amount.unit, year), year)


@register.filter
def amount(amount):
    return formatting.format_amount(amount)


@register.filter
def number(value):
    return "" if value is None else formatting.format_number(value)


@register.filter
def day(value):
    return formatting.format_day(value) if value else ""


@register.filter
def direction_arrow(direction):
    return formatting.direction_arrow(direction)


@register.filter
def leads(event):
    return formatting.leads_by_side(event)


@register.inclusion_tag("events/_year_chart.html")
def year_chart(chart, kinds):
    return {"chart": chart, "kinds": kinds}
