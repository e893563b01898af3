"""Held-out set 27 (#19): a Go message consumer of a monorepo of Chi services (it sends the
e-mails the others queue on RabbitMQ) starts the same Chi router its siblings do, only for its
orchestrator's health route under the service's prefix (a constant of its `enums` package) and
the Swagger page. It keeps no data: no backend (rule.md: a worker with no data whose only
routes serve operators). A sibling whose router also serves an API stays one, as does a
program whose routes come from generated code or whose root route is no group's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect import go_ops_routes

_GO_MOD = """module example.com/platform/{name}

go 1.17

require (
	github.com/go-chi/chi v4.1.2+incompatible
	github.com/streadway/amqp v1.0.0
	github.com/stretchr/testify v1.7.0
)
"""

_MAIN = """package main

import "example.com/platform/{name}/config/providers"

func main() {{
	router, err := providers.Initialize("8002")
	if err != nil {{
		panic(err)
	}}
	router.ListenAndServe()
}}
"""

_ROUTES = """package routes

const (
	HealthHandler = "/messages/health"
)
"""

_ROUTER = """package router

import (
	"net/http"

	"github.com/go-chi/chi"

	"example.com/platform/messages/internal/enums/routes"
	"example.com/platform/messages/internal/events/email"
)

type Router struct {
	mux          *chi.Mux
	emailHandler *email.EventHandler
}

func NewHTTPRouter(emailHandler *email.EventHandler) *Router {
	r := &Router{mux: chi.NewRouter(), emailHandler: emailHandler}
	r.mux.Get("/swagger/*", http.NotFound)
	r.mux.Route(routes.HealthHandler, func(router chi.Router) {
		router.Options("/", ok)
		router.Get("/", ok)
	})
	r.emailHandler.StartConsumers()
	return r
}

func ok(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
"""

_CONSUMER = """package email

import "github.com/streadway/amqp"

type EventHandler struct{ channel *amqp.Channel }

func (h *EventHandler) StartConsumers() {
	deliveries, _ := h.channel.Consume("horusec-email", "", true, false, false, false, nil)
	go func() {
		for d := range deliveries {
			_ = d.Body
		}
	}()
}
"""

_MOCK = """package mailer

import "github.com/stretchr/testify/mock"

type Mock struct{ mock.Mock }

func (m *Mock) SendEmail() error {
	args := m.MethodCalled("SendEmail")
	return args.Get(0).(error)
}
"""

_API_ROUTER = _ROUTER.replace(
    "\tr.emailHandler.StartConsumers()\n",
    '\tr.mux.Route("/messages/templates", func(router chi.Router) {\n'
    '\t\trouter.Get("/", ok)\n'
    '\t\trouter.Post("/", ok)\n'
    "\t})\n"
    "\tr.emailHandler.StartConsumers()\n",
)


_API = """package router

import (
	"net/http"

	"github.com/go-chi/chi"
)

func NewHTTPRouter() *chi.Mux {
	r := chi.NewRouter()
	r.Get("/webhook/health", ok)
	r.Post("/webhook/hooks", ok)
	return r
}

func ok(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }
"""


def _tree(router: str = _ROUTER) -> dict[str, str]:
    # A sibling service of the monorepo serving an API (a repository of one program alone
    # is reported whatever it serves).
    return {
        "webhook/go.mod": _GO_MOD.format(name="webhook"),
        "webhook/cmd/app/main.go": _MAIN.format(name="webhook"),
        "webhook/internal/router/router.go": _API,
        "messages/go.mod": _GO_MOD.format(name="messages"),
        "messages/cmd/app/main.go": _MAIN.format(name="messages"),
        "messages/internal/enums/routes/routes.go": _ROUTES,
        "messages/internal/router/router.go": router,
        "messages/internal/events/email/email.go": _CONSUMER,
        "messages/internal/services/mailer/mailer_mock.go": _MOCK,
    }


def test_a_consumer_whose_chi_router_serves_its_health_route_only_is_no_backend(
    tmp_path: Path,
) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"webhook"}


def test_a_router_serving_a_resource_beside_the_probe_stays_a_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree(_API_ROUTER)))) == {"messages", "webhook"}


def test_routes_of_unknown_paths_or_generated_handlers_keep_a_backend() -> None:
    probe = 'r.Get("/healthz", ok)\n'
    assert go_ops_routes.operational_only([probe])
    # A root route no group opens is the program's own resource.
    assert not go_ops_routes.operational_only([probe + 'r.Post("/", receive)\n'])
    # A path that is no literal nor a constant of the module cannot be read.
    assert not go_ops_routes.operational_only([probe + "r.Get(cfg.Path, ok)\n"])
    # oapi-codegen mounts the API's routes where this reading cannot see them.
    assert not go_ops_routes.operational_only([probe + "api.HandlerFromMux(server, r)\n"])
    # A prefixed `/status` may be a client's resource; a prefixed probe is the orchestrator's.
    assert not go_ops_routes.operational_only(['r.Get("/orders/status", ok)\n'])
    assert go_ops_routes.operational_only(['e.GET("/api/v1/readiness", ok)\n'])
    # Chi's `Method` and Gin's `Handle` name the method first.
    assert not go_ops_routes.operational_only([probe + 'r.Method("POST", "/orders", h)\n'])
