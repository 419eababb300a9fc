# Gunicorn's settings for Residency, read from the current folder (the project's) at start.
# Run it behind nginx (deploy/nginx), which buffers slow clients: sync workers serve one request
# each at a time. WEB_CONCURRENCY sets the number of workers, `--bind` the address.
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
timeout = 30  # a worker stuck longer than this is restarted
graceful_timeout = 20
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
# Masks private assessment ids in the access and error logs.
logger_class = "residency.logs.GunicornLogger"
# No control socket: its default path is the same for every instance on a host.
control_socket_disable = True
