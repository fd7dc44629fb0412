FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# The locked, hashed requirements (make lock); pip itself first, as the Makefile does.
COPY requirements-pip.txt requirements.txt ./
RUN pip install --require-hashes -r requirements-pip.txt && pip install --require-hashes -r requirements.txt

COPY . .
# Static files are collected once, into the image, so every web container serves the same files and
# none spends its start-up on it. Settings need a secret when DEBUG is off; this one is used for
# nothing else and touches no database.
RUN DEBUG=false SECRET_KEY=collectstatic-at-build-only python manage.py collectstatic --noinput --verbosity 0
RUN useradd --system --home /app app && chown -R app /app
USER app

EXPOSE 8000
ENTRYPOINT ["./docker-entrypoint.sh"]
CMD ["gunicorn", "hanoi_vientiane.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
