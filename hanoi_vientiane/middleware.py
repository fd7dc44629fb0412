"""A Content-Security-Policy header. Django 5.2 has no CSP support of its own (it arrives in 6.0,
which needs Python 3.12); the policy is one header, so it is set here rather than via django-csp."""

from django.conf import settings

PUBLIC_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# The Django admin sets a few style attributes inline; its scripts are all files.
ADMIN_POLICY = PUBLIC_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


def content_security_policy(get_response):
    admin_prefix = "/" + settings.ADMIN_URL_PREFIX

    def middleware(request):
        response = get_response(request)
        if "Content-Security-Policy" not in response:
            policy = ADMIN_POLICY if request.path.startswith(admin_prefix) else PUBLIC_POLICY
            response["Content-Security-Policy"] = policy
        return response

    return middleware
