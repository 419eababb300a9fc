# The Residency site under gunicorn (gunicorn.conf.py); run it behind nginx (deploy/nginx).
# Static files are collected at build time; dependencies are the exact versions of requirements.lock.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY requirements.lock .
RUN pip install --require-hashes --no-deps -r requirements.lock
COPY . .
# Editable: the code runs from /app, where templates, static files and translations live.
RUN pip install --no-deps --editable .

# collectstatic needs settings, not secrets or a database: a throw-away key is enough here.
RUN DEBUG=false SECRET_KEY=collectstatic-only-not-a-secret-0123456789abcdefghijklmnop \
    python manage.py collectstatic --noinput

RUN useradd --create-home residency
USER residency
EXPOSE 8000

# Migrations run apart (docker-compose.yml's migrate service), once for all instances.
CMD ["gunicorn", "residency.wsgi", "--bind", "0.0.0.0:8000"]
