# The Residency site under gunicorn. Static files are collected at build time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY . .
# Editable: the code runs from /app, where templates, static files and translations live.
RUN pip install --editable .

# collectstatic needs settings, not secrets or a database: a throw-away key is enough here.
RUN DEBUG=false SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput

RUN useradd --create-home residency
USER residency
EXPOSE 8000

CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn residency.wsgi --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-2} --access-logfile -"]
