"""Thin template wrappers over events.formatting; the logic and its tests live there."""

from django import template

from .. import formatting

register = template.Library()


@register.filter
def event_date(event):
    return formatting.format_event_date(event)


@register.filter
def amounts(event):
    return formatting.format_amounts(event.amounts.all())


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
