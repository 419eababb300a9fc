"""Applicants answering the questionnaire at the same time, through nginx, as a load."""

import threading
import time
from dataclasses import dataclass, field

from tests.questionnaire.applicants import PROFESSOR, Form, answers_of, post_data
from tests.stack.processes import Client, Response, public_id


@dataclass
class Journey:
    public_id: str = ""
    acknowledged: dict[str, Form] = field(default_factory=dict)  # pages saved (302 received)


@dataclass
class Load:
    """Threads that each answer the professor's pages, journey after journey, until stopped.
    A request that fails is sent again, as an applicant would; every failure is kept."""

    port: int
    threads: int = 4
    responses: list[Response] = field(default_factory=list)
    failures: list[tuple[float, float, str]] = field(default_factory=list)  # start, end, what
    journeys: list[Journey] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.stopped = threading.Event()
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self.applicant) for _ in range(self.threads)]

    def __enter__(self) -> "Load":
        for worker in self.workers:
            worker.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopped.set()
        for worker in self.workers:
            worker.join(timeout=60)

    def send(self, client: Client, path: str, data: dict, expected: int = 302) -> Response:
        for _attempt in range(20):
            started = time.monotonic()
            try:
                response = client.post(path, data)
            except OSError as error:
                with self.lock:
                    self.failures.append((started, time.monotonic(), repr(error)))
                continue
            with self.lock:
                self.responses.append(response)
                if response.status != expected:
                    self.failures.append((started, response.ended, str(response.status)))
            if response.status == expected:
                return response
            time.sleep(0.05)
        raise AssertionError(f"{path} failed 20 times")

    def applicant(self) -> None:
        while not self.stopped.is_set():
            client = Client(self.port)
            journey = Journey()
            started = self.send(client, "/start", {})
            journey.public_id = public_id(started.headers["Location"])
            with self.lock:
                self.journeys.append(journey)
            for page_id, form in PROFESSOR.items():
                if self.stopped.is_set():
                    return
                self.send(client, f"/a/{journey.public_id}/q/{page_id}", post_data(form))
                journey.acknowledged[page_id] = form

    def expected_answers(self, journey: Journey) -> dict:
        return answers_of(journey.acknowledged)
