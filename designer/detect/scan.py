"""`detect(root)`: walk, read manifests and entry points, and assemble one result per backend."""

from __future__ import annotations

import errno
import os
import posixpath
import re
import stat
from collections import defaultdict
from collections.abc import Callable, Iterable
from types import ModuleType

from designer.detect import (
    actuator_workers,
    aiohttp_probes,
    aliased_starts,
    amper_templates,
    archived_servers,
    auth_store_only,
    autoconfig_libraries,
    bare_drivers,
    barrel_mains,
    base_images,
    behave_suites,
    boot_migrators,
    boot_modules,
    boot_parents,
    builder_classes,
    built_databases,
    bundled_layers,
    cake_simpletest,
    ci_django_tests,
    clojure_alias_tools,
    clojure_builds,
    clojure_driver_engines,
    clojure_layers,
    clojure_lent_ring,
    clojure_lent_routers,
    clojure_reach,
    cloud_functions,
    cluster_probes,
    codeception_suites,
    codeigniter_census,
    codeigniter_data,
    compiled_vias,
    composer_paths,
    consumer_hosts,
    context_images,
    copied_settings,
    covered_suites,
    d1_bindings,
    dapper_code,
    dart_programs,
    db_probes,
    deno_import_maps,
    deployed_env_tests,
    desktop_sidecars,
    django_admin_tools,
    django_api_fronts,
    django_aside_dbs,
    django_dev_files,
    django_dummy_databases,
    django_own_backends,
    django_pages,
    django_projects,
    django_runner,
    django_side_fronts,
    django_test_harnesses,
    django_yaml,
    doctrine_connections,
    doctrine_default,
    doctrine_env_defaults,
    doctrine_module_default,
    dotnet_archived,
    dotnet_browser_apps,
    dotnet_classic_units,
    dotnet_connection_census,
    dotnet_greeters,
    dotnet_host_files,
    dotnet_hosted_parts,
    dotnet_idle_tests,
    dotnet_image_connections,
    dotnet_invoked_modules,
    dotnet_left_behind,
    dotnet_lent_hosts,
    dotnet_mcp_hosts,
    dotnet_packaged_uis,
    dotnet_registrations,
    dotnet_relays,
    dotnet_rendering_services,
    dotnet_setting_branches,
    dotnet_side_stores,
    dotnet_sites,
    dotnet_spa_hosts,
    dotnet_store_clients,
    dotnet_switch_defaults,
    dotnet_test_clients,
    dotnet_tests,
    dotnet_unrun_hosts,
    dotnet_unwired_data,
    dotnet_unwired_stores,
    dotnet_value_stubs,
    double_files,
    driverless_layers,
    drizzle_schema_only,
    ecosystems,
    ecto_repos,
    ef_configured_contexts,
    ef_contexts,
    ef_packages,
    ef_registrations,
    ef_snapshot_engines,
    empty_testpaths,
    entry_databases,
    env_branches,
    env_leftovers,
    erb_adapters,
    excluded_datasources,
    expo_updates,
    express_app_locals,
    fastapi_deps,
    fastapi_probes,
    file_defaults,
    flask_apps,
    forwarded_endpoints,
    fuel_leftovers,
    generated_mains,
    glassfish_pools,
    go_bffs,
    go_boiler_configs,
    go_chain_nodes,
    go_dev_launchers,
    go_lent_search,
    go_lent_servers,
    go_mainless,
    go_named_workers,
    go_nats_stores,
    go_opened_engines,
    go_ops_routes,
    go_pages,
    go_plain_http,
    go_reached_modules,
    go_required_libraries,
    go_suites,
    go_unserved,
    gradle_ext_libs,
    gradle_ext_names,
    gradle_projects,
    hand_servers,
    haskell_fronts,
    helper_conftests,
    helper_images,
    ignored,
    iis_redirects,
    image_lists,
    image_pins,
    image_projects,
    imaged_subservices,
    included_lists,
    inner_setups,
    installed_drivers,
    internal_specs,
    internal_workers,
    jakarta_wars,
    jdbc_code,
    jdbc_dialect,
    jdbc_images,
    jdbc_side_stores,
    jest_matches,
    job_dashboards,
    job_hosts,
    jpa_api,
    jpa_providers,
    jpa_store_ties,
    jpa_unused,
    jvm_connectors,
    jvm_driver_ties,
    jvm_forks,
    jvm_layers,
    jvm_lent_routes,
    jvm_pages,
    jvm_side_scripts,
    jvm_tests,
    jvm_ui_builds,
    jvm_unmapped_lent_mybatis,
    knex_migrations_only,
    ktor_probes,
    lambda_adapters,
    lambda_builds,
    lambda_containers,
    lambda_tools,
    laravel_api_fronts,
    laravel_base,
    laravel_data,
    laravel_edited_default,
    laravel_image_sqlite,
    laravel_own_setting,
    laravel_redis,
    launchers,
    legacy_helpers,
    lent_engines,
    lent_frameworks,
    lent_packages,
    library_builders,
    library_demos,
    library_names,
    linked_sources,
    listeners,
    local_drivers,
    local_kits,
    local_servers,
    locked_orms,
    log_sinks,
    lookup_defaults,
    loose_helpers,
    loose_python_services,
    mainless_boot_modules,
    maven_parent_files,
    mcphosts,
    meteor_apps,
    micronaut_unrouted,
    middleware_libraries,
    migration_dirs,
    migration_hooks,
    migration_orms,
    migration_projects,
    mongoose_ids,
    mounted_lists,
    nais_databases,
    nest_starters,
    nested_phpunit,
    next_api,
    next_api_only,
    next_auth_only,
    next_cache,
    next_cross_origin,
    next_hosts,
    next_server_uses,
    next_unqueried_prisma,
    next_unreached,
    node_bffs,
    node_chat_bots,
    node_cli_greeters,
    node_connectors,
    node_driver_census,
    node_drivers,
    node_followed,
    node_forwarders,
    node_layers,
    node_log_stores,
    node_ops_routes,
    node_path_libraries,
    node_project_templates,
    node_queue_dashboards,
    node_queue_workers,
    node_source_clients,
    node_sourceless,
    node_test_layers,
    node_unlisted_members,
    node_unrouted,
    nose_commands,
    nose_runner,
    notebook_renders,
    notebook_servers,
    odbc_images,
    oneshot_jobs,
    opened_drivers,
    ops_routes,
    optional_redis,
    orm_engines,
    outer_servers,
    override_pins,
    paas_addons,
    paas_drivers,
    packaged_boot_jars,
    page_suites,
    parent_lists,
    path_gems,
    path_vendored,
    perl_aside,
    perl_sources,
    pest_tests,
    pg_configs,
    pg_dump_schemas,
    phalcon_models,
    phoenix_stubs,
    php_configured_orms,
    php_image_drivers,
    php_lent_frameworks,
    php_pages,
    php_pdo_handlers,
    php_platform,
    phpunit_paths,
    pinned_frameworks,
    platform_lock,
    play_pages,
    plugin_packages,
    pooled_drivers,
    prisma_choices,
    prisma_migrations_only,
    prisma_outputs,
    prisma_root_schemas,
    prisma_types,
    probes,
    production_noweb,
    project_templates,
    proof_servers,
    propsxml,
    published_images,
    py_batch_jobs,
    py_boto_tables,
    py_classified_frameworks,
    py_connectors,
    py_driver_census,
    py_extra_libraries,
    py_foreign_entries,
    py_imported_drivers,
    py_job_stores,
    py_launched_routes,
    py_lent_drivers,
    py_lent_frameworks,
    py_lent_layers,
    py_lent_sessions,
    py_named_settings,
    py_rest_search,
    py_root_projects,
    py_script_stores,
    py_side_stores,
    py_sqlite_defaults,
    py_store_clients,
    py_store_connectors,
    py_supabase_tables,
    py_test_drivers,
    py_tree_servers,
    py_unimported_sqlmodel,
    py_unlocked_starts,
    py_workspace_pins,
    pytest_modules,
    pytest_paths,
    python_bffs,
    quarkus_plugins,
    queue_uis,
    rails2_apps,
    rails2_tests,
    rails_engines,
    rails_frameworks,
    rails_unrouted,
    readme_defaults,
    readme_doubles,
    readme_harnesses,
    readme_jobs,
    readme_ports,
    rebar_apps,
    redirect_hops,
    redis_only,
    refreshed_versions,
    render_blueprints,
    root_frameworks,
    root_imports,
    root_started,
    rspec_markers,
    ruby_tests,
    ruby_unused_orms,
    rust_bin_runtimes,
    rust_clis,
    rust_compose_engines,
    rust_feature_servers,
    rust_lent_frameworks,
    rust_lent_servers,
    rust_migrated_layers,
    rust_pages,
    rust_plain_http,
    rust_router_libraries,
    rust_runners,
    rust_runtime_macros,
    rust_tests,
    sail_compose,
    sbt_batch_projects,
    sbt_bound_libraries,
    sbt_lent_layers,
    sbt_named_lists,
    sbt_reference_configs,
    sbt_test_census,
    sbt_test_projects,
    sbt_units,
    sbt_vals,
    search_clients,
    search_led,
    second_hosts,
    self_installs,
    server_functions,
    settings_imports,
    settings_lists,
    settings_overlays,
    setup_lists,
    shared_mains,
    shared_workers,
    shipped_scripts,
    sibling_suites,
    side_stores,
    sidecar_servers,
    sidefiles,
    sinatra_workers,
    socket_servers,
    solution_tests,
    source_rules,
    sourceless_modules,
    spec_stubs,
    spring_contexts,
    spring_exits,
    spring_noweb,
    sql_dialect,
    sql_dumps,
    sql_expressions_only,
    sql_projects,
    sqlite_drivers,
    ssr_fronts,
    started_harnesses,
    strapi_clients,
    strapi_data,
    submodule_frameworks,
    suite_servers,
    supabase_auth_only,
    supabase_tables,
    superseded_lists,
    sveltekit_hosts,
    sveltekit_servers,
    switched_off_lists,
    template_urls,
    test_only_modules,
    test_run_branches,
    test_spawned_servers,
    testless_jvm,
    testless_node,
    testless_php,
    testless_pytest,
    testless_sbt,
    tool_units,
    ui_app_servers,
    ui_dev_servers,
    uihosts,
    umbrella_endpoints,
    unapplied_roots,
    unbuilt_packages,
    unbundled_adapters,
    unconnected_typeorm,
    undeclared_models,
    unimported_jvm_queries,
    unimported_jvm_stores,
    unimported_mybatis,
    unimported_orms,
    unimported_queries,
    unimported_uppers,
    unincluded_gradle,
    uninstalled_pest,
    unittest_discover,
    unmapped_wars,
    unmerged_anchors,
    unopened_lent_drivers,
    unopened_lent_stores,
    unreached_engines,
    unread_settings_urls,
    unreleased_siblings,
    unstarted_siblings,
    unstated_production,
    unused_module_tests,
    unused_pools,
    unused_query_libraries,
    upgrades,
    url_documents,
    url_requirements,
    vaadin_uis,
    vendored_tools,
    view_servers,
    werkzeug_libraries,
    workspace_servers,
    wrangler_workers,
    wrapped_frameworks,
    wsgi_mounts,
)
from designer.detect.assemble import Unit, enclosing
from designer.detect.ecosystems import (
    go,
    go_defaults,
    go_dep,
    go_layers,
    go_programs,
    go_swagger_mounts,
    go_traced_routers,
    gradle_buildsrc_consts,
    jvm,
    jvm_refs,
    python,
    scala,
)
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.locks import LockFiles
from designer.detect.monorepo import backends
from designer.detect.signals import (
    LazyPattern,
    Lines,
    ManifestError,
    ManifestResult,
    Signal,
    Strength,
)
from designer.detect.walker import Source, Tree, read_head, read_text, walk
from designer.errors import UsageError
from designer.model.stack import Detection, Evidence, FindingKind

_GRADLE_BUILDS = frozenset({"build.gradle", "build.gradle.kts"})
"""Gradle project build files, whose extra properties the projects below them see."""



def detect(
    root: str | os.PathLike[str], progress: Callable[[int], None] | None = None
) -> Detection:
    """Scan the project folder `root` and describe every backend in it.

    Args:
        root: the folder to scan (a `Path`, or its text as `str(path)` spells it).
        progress: called now and then with the number of files seen so far.

    Raises:
        UsageError: `root` does not exist or is not a folder.
    """
    top = os.fspath(root)
    info = _stat(top)
    if info is None:
        raise UsageError(f"{top}: no such folder")
    if not stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{top}: is a file, not a project folder")
    tree = walk(top, progress)
    ignored.revive(top, tree)
    _requirements_homes(tree)
    warnings = list(tree.warnings)
    units: dict[str, Unit] = {}
    side: list[tuple[str, str, str]] = []
    for path, owner in tree.side:
        text, problem = read_text(top, path)
        if text is None:
            warnings.append(problem or f"{path}: cannot be read")
        else:
            side.append((path, owner, text))
    side += _included_compose_files(top, side)
    side += _imported_catalogs(top, side)
    builds = sidefiles.read_build_files(side, warnings)
    builds.buildsrc_constants = gradle_buildsrc_consts.constants(
        {
            owner: [s.path for s in found]
            for owner, found in tree.sources.items()
            if posixpath.basename(owner) == "buildSrc"
        },
        lambda path: read_text(top, path)[0],
    )
    parsed: list[tuple[str, str, ManifestResult]] = []
    read: list[tuple[str, ModuleType, ManifestResult]] = []
    modules: list[str] = []
    walked = {path for path, _ in tree.manifests}
    for path, module in tree.manifests:
        text, problem = read_text(top, path)
        if text is not None and (
            not python.is_packaging(path, text)
            or inner_setups.inside_package(top, path, text, walked)
            or parent_lists.reads_parent_list(top, path, text)
        ):
            modules.append(path)
            if not python.holds_settings(path):
                continue
        else:
            units.setdefault(_owner(path), Unit(_owner(path)))
        if text is None:
            warnings.append(problem or f"{path}: cannot be read")
            continue
        try:
            result = module.parse(Lines(path, text))
        except ManifestError as error:
            warnings.append(f"{path}: {error}")
            continue
        except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as error:
            warnings.append(f"{path}: cannot be understood ({type(error).__name__})")
            continue
        read.append((path, module, result))
        if module is jvm and path.endswith(".gradle"):
            # A script's `ext { libs = [...] }` map: the catalogue of the build it serves.
            declared = gradle_ext_libs.catalog(text)
            if declared:
                sidefiles.add_catalog(builds, gradle_ext_libs.home(path), declared)
            named = gradle_ext_names.catalog(text)
            if named:
                sidefiles.add_catalog(builds, gradle_ext_libs.home(path), named)
        if posixpath.basename(path) in _GRADLE_BUILDS:
            builds.gradle_extras[posixpath.dirname(path) or "."] = {
                name: value
                for kind, key, _, _ in result.pending
                if kind == "property"
                for name, _, value in (key.partition("="),)
            }
        elif module is scala and result.properties:
            folder = posixpath.dirname(path) or "."
            if posixpath.basename(folder) == "project":
                folder = posixpath.dirname(folder) or "."
            builds.sbt_values.setdefault(folder, {}).update(result.properties)
    read += [
        (path, python, result)
        for path, result in included_lists.image_installed(
            side,
            {path for path, _, _ in read},
            lambda path: bool(_requirements_folder(posixpath.dirname(path))),
            lambda path: read_text(top, path)[0],
        )
    ]
    read += [
        (path, python, result)
        for path, result in included_lists.unwalked(
            [(path, result) for path, module, result in read if module is python],
            lambda path: read_text(top, path)[0],
        )
    ]
    switched_off_lists.settle([(path, result) for path, module, result in read if module is python])
    side = sbt_units.expand(top, read, tree, side)
    clojure_builds.settle(top, read)
    dart_programs.settle(top, read)
    go_dep.settle(top, read)
    amper_templates.settle(top, read)  # before `resolve` reads the templates' accessors
    deno_import_maps.settle(top, read)
    sidefiles.read_unwalked_props(
        top,
        [
            (posixpath.dirname(path) or ".", include)
            for path, _, result in read
            if path.endswith(PROJECT_ENDINGS)
            for include in result.includes
        ],
        builds,
        warnings,
    )
    # Resolved once every build is read: a module's versions may be a parent build's.
    for path, module, result in read:
        resolve = getattr(module, "resolve", None)
        if resolve is not None:
            resolve(result, posixpath.dirname(path) or ".", builds)
        parsed.append((path, ecosystems.key(module), result))
    sbt_vals.release(top, parsed)
    sbt_named_lists.lend(top, parsed)  # once every val's version is resolved
    image_homes = _image_homes(top, tree, side, parsed)
    maven_parent_files.lend_properties(top, parsed)
    jvm_refs.inherit_properties(
        {posixpath.dirname(p) or ".": r for p, _, r in parsed if posixpath.basename(p) == "pom.xml"}
    )
    owners = _includers(parsed, lambda folder: _runs_itself(top, folder))
    owners.update(rebar_apps.owners(parsed))
    owners.update(_copied_lists(side, parsed, tree.sources))
    for path, folder in context_images.homes(
        side, parsed, lambda keeper: _holds_code(keeper, tree.sources)
    ).items():
        owners.setdefault(path, folder)
    for path, folder in image_projects.homes(
        side, parsed, lambda keeper: _holds_code(keeper, tree.sources)
    ).items():
        owners.setdefault(path, folder)
    for path, folder in image_lists.installed_lists(
        side, parsed, lambda keeper: _holds_program(keeper, tree.sources)
    ).items():
        owners.setdefault(path, folder)
    for path, folder in tree.lent_lists.items():
        owners.setdefault(path, folder)
    for path, folder in mounted_lists.homes(
        side, parsed, tree.sources, _owner, lambda p: _has_file(top, ".", p)
    ).items():
        owners.setdefault(path, folder)  # an image running code it mounts, not copies
    owners.update(image_homes)
    moved = _relocated(top, parsed)
    for folder, outer in _enclosing(modules, tree).items():
        moved.setdefault(folder, outer)
    for folder, outer in settings_lists.homes(top, tree).items():
        moved.setdefault(folder, outer)
    settings = frozenset(
        path
        for path, eco, result in parsed
        if eco == "python"
        and posixpath.basename(path) in image_lists.PROJECT_FILES
        and not result.runtime_dependencies
    )
    keepers = setup_lists.homes(tree, _owner, settings)
    for folder, outer in keepers.items():
        moved.setdefault(folder, outer)  # pip lists kept among set-up files beside the app
    setup_lists.read_as_runtime(parsed, keepers, _owner)
    for folder, outer in perl_aside.homes(top, tree).items():
        moved.setdefault(folder, outer)
    for path, owner in owners.items():
        # The code beside an included manifest in a folder of the includer's (a Composer
        # path package, `app/`) is the includer's code too.
        folder = posixpath.dirname(path) or "."
        if folder != owner and (owner == "." or folder.startswith(owner + "/")):
            moved.setdefault(folder, owner)
    for home in image_homes.values():
        # The folder an image runs from is the project, whatever tools' settings it holds.
        moved.pop(home, None)
    homes = _settings_homes(modules, tree)
    go_modules = {
        moved.get(folder, folder)
        for path, eco, _ in parsed
        if eco == "go"
        for folder in [homes.get(path) or owners.get(path) or _owner(path)]
    }
    for path, eco, result in parsed:
        folder = homes.get(path) or owners.get(path) or _owner(path)
        folder = moved.get(folder, folder)
        unit = units.setdefault(folder, Unit(folder))
        unit.manifests.append((path, eco, result))
        unit.signals[eco] += result.signals
        unit.deployable = unit.deployable or result.deployable
        required = {s.name for s in result.signals if s.kind is FindingKind.TEST}
        if eco == "go" and (result.held or required & go.COUNTED.keys()):
            # Test tools a go.mod requires count only where most of its test files use them.
            # A folder below the module that is a project of another language (a
            # `backend/` with a requirements.txt) keeps the walk's Go test files under its own
            # name: they are still the tests of the Go module enclosing it.
            tests = [
                path
                for owner, paths in tree.go_tests.items()
                if _go_module(moved.get(owner, owner), go_modules) == folder
                for path in paths
            ][: go.CENSUS_FILES]

            def head(path: str) -> str | None:
                return read_head(top, path, go.CENSUS_BYTES)

            # Test files calling a suite another package of the module writes in a held tool.
            held = {s.name: go.CENSUSED_PACKAGES[s.name] for s in result.held}
            through = go_suites.through_suites(folder, tests, held, head, _folder_names(top))
            unit.signals[eco] += go.census(result.held, tests, head, through)
            for name, count in go.outnumbered(required, tests, head):
                # Ginkgo's suites in a few packages, plain `go test` functions in most.
                unit.outnumbered.add(name)
                evidence = Evidence(path=path, text=count)
                unit.signals[eco].append(Signal(FindingKind.TEST, "go test", Strength.ENTRY,
                                                evidence))
        if eco == "rust" and not unit.binary:
            crate = posixpath.dirname(path) or "."
            unit.binary = any(
                _has_file(top, crate, program) for program in ("src/main.rs", *result.program)
            ) or _discovered_binary(tree.sources.get(crate, ()), crate)
    superseded_lists.drop(units)  # before any rule reads the lists' packages
    dotnet_classic_units.settle(top, units)  # before any rule reads frameworks
    gradle_projects.name(top, units)  # before any module is matched by name
    refreshed_versions.read(top, units)  # the plugin versions beside the settings script
    self_installs.lend(top, units)
    sources = tree.sources
    if moved:
        # What the walk gave the folder kept aside goes with its manifest.
        sources = {}
        for folder, files in tree.sources.items():
            sources.setdefault(moved.get(folder, folder), []).extend(files)
        side = [(path, moved.get(owner, owner), text) for path, owner, text in side]
    sources = linked_sources.share(parsed, sources)
    for path, owner in tree.distributions:
        folder = moved.get(owner, owner)
        units.setdefault(folder, Unit(folder)).signals["python"] += python.installed(path)
    path_vendored.lend(top, units)  # copies without metadata, on the start's import path
    _scan_sources(top, sources, units, warnings)
    sbt_named_lists.confirm(units)  # once code has told which servers start
    sbt_bound_libraries.lend(top, units)  # a program whose library binds its server
    # Once code has told which frameworks start: the modules a Node program imports.
    _scan_sources(top, node_followed.sources(top, units, sources), units, warnings)
    # Once the starts are known: the database module a server's start imports.
    _scan_sources(top, entry_databases.sources(top, units, sources), units, warnings)
    # A Web SDK project's host built in a file the walk left out (a service class's).
    _scan_sources(top, dotnet_host_files.sources(top, units, sources), units, warnings)
    # A Perl distribution's application class deep in lib/, its scripts without an extension.
    _scan_sources(top, perl_sources.sources(top, units, sources), units, warnings)
    perl_sources.scripts(top, units)
    loose_python_services.split(top, units, sources, side)  # once code has told what starts
    imaged_subservices.split(units, side)  # once code has told what starts
    path_vendored.lend_undeclared(top, units)  # once the loose services have their units
    submodule_frameworks.lend(top, units)  # once code has told which frameworks start
    undeclared_models.lend(top, units)  # once the loose services have their own units
    rust_tests.find(top, units, tree.rust_files, sources, moved)  # once code is all read
    image_pins.lend(top, units, side)  # once code has told which frameworks start
    pinned_frameworks.drop(top, units)
    fuel_leftovers.drop(top, units)  # a front controller whose application is gone
    rust_runtime_macros.drop(top, units)  # once code has told which servers start
    rust_migrated_layers.promote(top, units)  # once code has told which layers migrate
    override_pins.drop(top, units)  # once code has told which frameworks start
    wrapped_frameworks.lend(top, units)  # once code has told which frameworks start
    compiled_vias.drop(top, units)  # a compiled list's frameworks other packages brought
    ui_app_servers.drop(top, units)  # a dashboard's UI library brings its server
    werkzeug_libraries.drop(units)  # once code has told which frameworks start
    generated_mains.drop(units)  # openapi-generator's template main starts nothing
    jvm_side_scripts.drop(top, units)  # a loose Node script beside a JVM build's UI tooling
    codeception_suites.drop_empty(top, units)
    pytest_paths.drop_missing(top, units)
    phpunit_paths.drop_missing(top, units)
    django_yaml.read(top, units)
    py_named_settings.read(top, units)  # once code has told which frameworks start
    django_own_backends.read(top, units)  # the settings' own backend, once Django starts
    locks = LockFiles(top, tree.locks, warnings)  # read on demand, once
    lent_packages.lend(top, units, locks)
    installed_drivers.lend(top, units, locks)
    jakarta_wars.find(top, units)  # once code has told which frameworks start
    jvm_lent_routes.lend(top, units)  # a library's server, once none was declared
    lent_frameworks.lend(top, units, locks)
    local_kits.lend(top, units)  # a library of the tree building and running the server
    express_app_locals.lend(top, units)  # a kit no lock shows, over Express
    py_lent_frameworks.lend(top, units, locks)
    py_classified_frameworks.confirm(top, units)  # a start its metadata says it is built on
    py_launched_routes.lend(top, units)  # Tornado a declared kit's launcher serves routes on
    py_tree_servers.lend(top, units)  # an application a library of the tree's runner starts
    py_tree_servers.mark(top, units)  # that library, whose server other projects start
    py_unlocked_starts.drop(top, units, locks)  # a start its own lock cannot run
    rust_lent_frameworks.lend(top, units, locks)  # an SDK crate whose main helper serves
    php_lent_frameworks.lend(top, units)
    meteor_apps.find(top, units)
    lent_packages.lend_imported(top, units, locks)  # once the frameworks lent are known
    local_drivers.lend(top, units)  # an in-tree library wrapping a driver
    node_path_libraries.lend(top, units)  # a library folder imported by relative path
    lent_engines.lend(top, units, locks)
    orm_engines.imply(units)  # once no driver lent an engine
    ef_snapshot_engines.find(top, units)  # as orm_engines, from EF Core's model snapshot
    plugin_packages.lend(top, units)
    rails2_apps.read(top, units)
    locked_orms.lend(top, units, locks)
    php_configured_orms.lend(top, units, locks)  # as locked_orms, from PHP configuration
    strapi_data.lend(units, locks)  # once no data layer of its own was lent
    py_supabase_tables.lend(top, units)  # as supabase_tables, for Python's client
    supabase_tables.lend(top, units)  # as strapi_data: where no data layer of its own is
    supabase_auth_only.drop(top, units)  # once the client's table queries are weighed
    next_api.mark(top, units)
    next_api_only.mark(top, units)  # once its API routes are seen
    next_cross_origin.mark(top, units)
    next_auth_only.mark(top, units)
    auth_store_only.mark(top, units)
    sveltekit_servers.mark(top, units)
    sveltekit_hosts.drop(top, units)  # a custom server mounting the built app
    bundled_layers.promote(top, units)
    prisma_types.drop_types_only(top, units)
    prisma_migrations_only.drop_unbuilt(top, units)  # a server's queries going elsewhere
    uihosts.mark(top, units)
    expo_updates.mark(top, units)
    node_bffs.mark(top, units)
    python_bffs.mark(top, units)
    ssr_fronts.mark(top, units)
    next_hosts.drop_hosts(top, units)
    dotnet_sites.mark(top, units)
    dotnet_spa_hosts.mark(top, units)
    readme_doubles.mark(top, units)
    double_files.mark(top, units)  # beside it: every server start a file named as a double
    readme_jobs.mark(top, units)
    readme_harnesses.mark(top, units)
    published_images.mark(top, units)
    tool_units.mark(top, units)
    started_harnesses.mark(top, units)
    page_suites.mark(top, units)
    vendored_tools.mark(top, units)
    project_templates.mark(top, units)
    node_project_templates.mark(top, units)
    rust_clis.mark(top, units)
    rust_feature_servers.mark(top, units)  # a library's dashboard built under a feature
    py_extra_libraries.mark(top, units)  # a workspace library offering its framework as an extra
    node_log_stores.drop(top, units)  # a log index's client is no data of the pages' own
    view_servers.mark(top, units)
    rust_pages.mark(top, units)
    go_pages.mark(top, units)
    haskell_fronts.mark(top, units)
    rust_runners.mark(top, units)
    rust_bin_runtimes.find(top, units)
    rust_lent_servers.lend(top, units)  # once every binary's runtime start is known
    rust_router_libraries.mark(top, units)  # likewise
    notebook_renders.mark(top, units)
    django_pages.mark(top, units)
    django_side_fronts.mark(top, units)  # a Django UI's folder beside another server
    django_dummy_databases.drop(top, units)
    django_api_fronts.mark(top, units)
    django_admin_tools.mark(top, units)
    jvm_pages.mark(top, units)
    play_pages.mark(top, units)
    jvm_ui_builds.mark(top, units)
    upgrades.mark(top, units)
    redirect_hops.mark(top, units)
    iis_redirects.mark(top, units)
    clojure_reach.mark(top, units)
    probes.mark(top, units)
    aiohttp_probes.mark(top, units)
    fastapi_probes.mark(top, units)
    py_foreign_entries.mark(top, units)  # a deploy platform's entry of another project's app
    migration_hooks.mark(top, units)
    cluster_probes.mark(top, units)
    spec_stubs.mark(top, units)
    phoenix_stubs.mark(top, units)
    forwarded_endpoints.mark(top, units)
    umbrella_endpoints.mark(top, units)  # once forwarded endpoints are known
    listeners.mark(top, units)
    actuator_workers.mark(top, units)
    micronaut_unrouted.mark(top, units)
    boot_migrators.mark(top, units)
    migration_projects.mark(top, units)
    clojure_alias_tools.mark(top, units)
    internal_workers.mark(top, units)
    internal_specs.mark(top, units)
    quarkus_plugins.mark(top, units)
    vaadin_uis.mark(top, units)
    spring_contexts.mark(top, units)
    boot_modules.mark(top, units)
    env_branches.mark(top, units)
    deployed_env_tests.mark(top, units)
    paas_addons.mark(top, units)
    paas_drivers.mark(top, units)
    render_blueprints.mark(top, units)
    shared_mains.mark(top, units)
    sbt_batch_projects.mark(top, units)
    sbt_lent_layers.mark(top, units)
    sbt_reference_configs.mark(top, units)
    mainless_boot_modules.mark(top, units)
    mainless_boot_modules.mark_aggregators(top, units)
    autoconfig_libraries.mark(top, units)
    autoconfig_libraries.mark_starters(top, units)
    shared_workers.mark(top, units)
    spring_noweb.mark(top, units)
    job_dashboards.mark(top, units)
    unmapped_wars.mark(top, units)
    spring_exits.mark(top, units)
    production_noweb.mark(top, units)
    mainless_boot_modules.mark_plain_jars(top, units)  # once the servers are known
    packaged_boot_jars.mark(top, units)
    dotnet_lent_hosts.mark(top, units)  # before the hosts are told apart
    dotnet_lent_hosts.mark_packaged(top, units)
    consumer_hosts.mark(top, units)
    log_sinks.mark(top, units)
    second_hosts.mark(top, units)
    dotnet_hosted_parts.mark(top, units)
    dotnet_invoked_modules.mark(top, units)
    dotnet_archived.mark(top, units)
    node_unlisted_members.mark(top, units)
    dotnet_left_behind.mark(top, units)
    dotnet_test_clients.mark(top, units)
    dotnet_browser_apps.mark(top, units)
    aliased_starts.mark(top, units)
    job_hosts.mark(top, units)
    dotnet_unrun_hosts.mark(top, units)
    dotnet_relays.mark(top, units)
    settings_overlays.mark(top, units)
    base_images.mark(top, units)
    mcphosts.mark(top, units)
    dotnet_mcp_hosts.mark(top, units)
    dotnet_packaged_uis.mark(top, units)
    flask_apps.mark(top, units)
    fastapi_deps.mark(top, units)
    wsgi_mounts.mark(top, units)
    go_programs.mark_primary(top, units, sources)
    go_traced_routers.mark(top, units, sources)
    go_swagger_mounts.mark(top, units, sources)
    go_layers.mark_primary(top, units)
    go_opened_engines.mark(top, units)
    go_boiler_configs.mark(top, units)  # SQLBoiler's driver section, where no engine is
    node_layers.mark_primary(top, units)
    node_driver_census.mark_primary(top, units)
    jvm_layers.mark_primary(top, units)
    clojure_layers.mark_primary(top, units)
    jvm_forks.confirm(top, units)  # once code has shown the framework it imports
    go_defaults.find(top, units)
    sidefiles.read(units, side, warnings)
    builder_classes.mark(top, units)  # once Dockerfiles have told what is deployed
    loose_helpers.mark(top, units)
    barrel_mains.mark(top, units)
    library_names.mark(top, units)
    node_connectors.mark(units)  # beside library_names: both fill Unit.declined
    py_connectors.mark(top, units)
    node_source_clients.drop(top, units)
    py_store_connectors.drop(top, units)
    file_defaults.mark(units)
    prisma_choices.demote(units)
    prisma_outputs.lend(top, units)  # a client generated under a package name of its own
    prisma_root_schemas.lend(units)  # once a root's several schemas are weighed as options
    server_functions.mark(top, units)
    next_unqueried_prisma.drop_unqueried(top, units)  # before the lending is weighed
    next_server_uses.mark(top, units)  # beside server_functions: both fill server_uses
    oneshot_jobs.mark(top, units)
    workspace_servers.lend(top, units)  # once Dockerfiles have told what is deployed
    root_started.lend(top, units)
    library_builders.lend(top, units)
    launchers.lend(top, units)
    outer_servers.lend(top, units)
    py_test_drivers.drop_test_only(top, units)  # a driver only the tests import
    helper_images.drop(top, units)  # a URL in the script a helper image of its own runs
    # Before the unopened drivers are dropped: an imported one the lock holds replaces them.
    py_unimported_sqlmodel.resolve(top, units)  # before the drivers it hid are weighed
    py_imported_drivers.prefer_imported(top, units, locks)
    bare_drivers.drop_unopened(top, units)
    bare_drivers.drop_unimported_orms(top, units)
    pooled_drivers.drop_pool_only(top, units)
    bare_drivers.drop_unimported_drivers(top, units)
    py_workspace_pins.drop_unimported(top, units)  # as bare_drivers, for a root of lists
    # Once the drivers no module opens are dropped: a lent one is opened by its library.
    py_lent_drivers.lend(top, units, locks)
    py_boto_tables.name_engine(top, units)  # once no lent data layer is left to find
    py_lent_sessions.lend(top, units)  # once the drivers no module opens are dropped
    py_script_stores.drop(top, units)  # a layer only the package's scripts use
    migration_orms.drop_migration_only(top, units)
    py_driver_census.mark_primary(top, units)  # once the scripts' and migrations' are dropped
    node_drivers.drop_test_only(top, units)
    unimported_queries.drop_unimported(top, units)
    search_led.rank(top, units)  # once the queries none imports are dropped
    search_clients.rank(top, units)
    unimported_orms.drop_unreached(top, units)
    unimported_uppers.drop_unimported(top, units)
    unconnected_typeorm.drop_unconnected(top, units)
    unreached_engines.drop(top, units)
    drizzle_schema_only.drop_schema_only(top, units)
    knex_migrations_only.drop_migrations_only(top, units)
    sql_expressions_only.drop(top, units)  # SQLAlchemy building SQL text alone
    sqlite_drivers.mark(top, units)  # once every lent and declared layer is settled
    clojure_driver_engines.name_engine(top, units)  # once every engine seen is known
    opened_drivers.mark(top, units)  # as sqlite_drivers, for Python
    lookup_defaults.rescope(top, units)
    py_sqlite_defaults.choose(top, units)
    test_run_branches.rescope(top, units)  # a settings branch only a test run takes
    django_aside_dbs.rescope(top, units)  # an in-memory alias beside a server default
    django_dev_files.rescope(top, units)  # a SQLite file named for development
    unmerged_anchors.rescope(top, units)  # a database.yml anchor production never merges
    unstated_production.rescope(top, units)  # a database.yml with no production at all
    node_test_layers.drop_test_only(top, units)
    next_unreached.drop_unreached(top, units)
    migration_dirs.drop_without_migrations(top, units)
    next_cache.drop_page_cache(top, units)
    mongoose_ids.drop_id_only(top, units)
    propsxml.read(top, units)
    dapper_code.mark(top, units)  # before the hosts' registrations are read
    dotnet_store_clients.mark(top, units)  # as Dapper's: before the registrations
    ef_configured_contexts.find(top, units)  # before the migrated contexts are weighed
    ef_contexts.choose_migrated(top, units)
    ef_registrations.choose_named(top, units)
    dotnet_setting_branches.mark(top, units)
    dotnet_switch_defaults.mark(top, units)  # beside it: a switch's default, no setting read
    dotnet_image_connections.mark(top, units)  # the deployed image's connection string
    ef_packages.demote(top, units)
    dotnet_registrations.mark(top, units)
    dotnet_unwired_data.mark(top, units)  # beside it: a library another host wires
    dotnet_rendering_services.mark(top, units)  # beside it: a renderer of posted models
    dotnet_unwired_stores.mark(top, units)  # beside it: a store SDK another library wires
    jpa_api.drop_api_only(units)
    jpa_providers.prefer_configured(units)
    jpa_unused.drop_unmapped(top, units)
    jpa_unused.drop_beside_reactive(top, units)
    jpa_unused.drop_foreign_spring_settings(units)
    unimported_jvm_queries.drop_unimported(top, units)
    unimported_jvm_stores.drop_unimported(top, units)
    unopened_lent_stores.drop_unopened(top, units)
    unimported_mybatis.drop_unreached(top, units)
    optional_redis.drop_switched_off(top, units)  # a store only an unchosen setting opens
    unused_query_libraries.drop_unused(top, units)  # beside it: no database at all
    jdbc_code.mark(top, units)
    jvm_connectors.mark(units)  # once JDBC seen in code is in place: connectors' too
    jdbc_side_stores.mark(top, units)
    excluded_datasources.mark(top, units)
    jdbc_dialect.mark(top, units)  # once JDBC seen in code is in place
    driverless_layers.mark(top, units)
    jvm_unmapped_lent_mybatis.mark(top, units)
    unopened_lent_drivers.mark(top, units)
    unused_pools.drop_unused(top, units)
    composer_paths.lend(top, units)
    path_gems.lend(top, units)
    laravel_base.lend(top, units)
    laravel_base.keep_local_pick(top, units)
    sail_compose.demote(top, units)  # Sail's development databases, once Compose is read
    strapi_clients.demote(top, units)  # as Laravel's skeleton default, once Compose is read
    laravel_own_setting.drop_unread(top, units)
    laravel_data.drop_unused(top, units)
    laravel_api_fronts.mark(top, units)  # a front over other services' APIs
    sql_dialect.prefer(top, units)
    ecto_repos.choose(top, units)
    laravel_redis.keep_in_redis(top, units)
    rails_frameworks.drop_unloaded(top, units)
    erb_adapters.find(top, units)
    unbundled_adapters.drop_unloadable(top, units)
    ruby_unused_orms.drop_unnamed(top, units)
    queue_uis.drop_ui_sinatra(units, locks)
    ops_routes.mark(top, units)
    go_ops_routes.mark(top, units)
    go_dev_launchers.mark(top, units)
    go_named_workers.mark(top, units)
    go_reached_modules.mark(top, units)  # for go_lent_layers, when build_modules lends
    go_lent_servers.lend(top, units)  # before go_unserved: a library's server is started
    go_unserved.mark(top, units)
    go_chain_nodes.mark(top, units)
    go_lent_search.lend(top, units)
    go_bffs.mark(top, units)
    go_plain_http.mark(top, units)
    go_mainless.mark(top, units)  # as go_plain_http, for a module building no program
    go_required_libraries.mark(top, units)  # after go_lent_servers, which lends their routers
    node_sourceless.mark(top, units)  # as go_plain_http, for a package with no code
    py_batch_jobs.mark(top, units)  # as go_plain_http, for Python
    rust_plain_http.mark(top, units)  # as go_plain_http, for Rust
    rails_engines.mark(top, units)
    rails_unrouted.mark(top, units)
    dotnet_greeters.mark(top, units)
    dotnet_value_stubs.mark(top, units)
    node_ops_routes.mark(top, units)
    node_queue_workers.mark(top, units)
    node_queue_dashboards.mark(top, units)
    node_chat_bots.mark(top, units)
    node_forwarders.mark(top, units)
    node_cli_greeters.mark(top, units)
    node_unrouted.mark(top, units)
    sidecar_servers.mark(top, units)
    sinatra_workers.mark(top, units)
    ktor_probes.mark(top, units)
    db_probes.mark(top, units)
    legacy_helpers.mark(units)
    platform_lock.lend(top, units)
    codeigniter_data.find(top, units)
    codeigniter_census.mark_primary(top, units)
    php_platform.find(top, units)
    phalcon_models.find(top, units)
    php_pdo_handlers.find(top, units)  # once no default engine nor framework ORM was found
    php_pages.mark(top, units)  # once composer_paths has lent the frameworks
    doctrine_default.find(top, units)
    doctrine_module_default.find(top, units)
    doctrine_connections.choose(top, units)
    doctrine_env_defaults.find(top, units)
    root_imports.lend(top, units)
    root_frameworks.lend(units)  # beside root_imports: the frameworks it installs
    clojure_lent_routers.drop_undeclared(units)
    clojure_lent_ring.lend(units)  # once the routers left are known
    url_requirements.lend(top, units)
    url_documents.lend(top, units)
    settings_imports.lend(top, units)
    pytest_modules.drop_bare(top, units)  # before the runners' readings
    django_runner.mark(top, units)
    nose_commands.mark(top, units)  # before nose_runner reads the nose signals
    nose_runner.mark(top, units)
    unittest_discover.mark(top, units)
    pytest_modules.mark(units)
    helper_conftests.mark(top, units)
    testless_pytest.drop_unused(top, units)
    behave_suites.mark(top, units)  # once an unused pytest is gone
    empty_testpaths.drop(top, units)  # a suite folder holding no test module
    sibling_suites.drop_unused(top, units)
    sibling_suites.mark_unlent(top, units)  # before a workspace root lends its tests
    jest_matches.drop_unmatched(top, units)  # before testless_node: it reads what is left
    testless_node.drop_unused(top, units)
    testless_node.drop_untested_packages(top, units)  # once a testless repository's are gone
    testless_node.mark_unlent_members(top, units)  # before a workspace root lends its tests
    cake_simpletest.find(top, units)  # before testless_php reads the test signals
    testless_php.drop_unused(top, units)
    testless_php.drop_untested_units(top, units)
    nested_phpunit.drop_copied(top, units)
    uninstalled_pest.drop_uninstalled(top, units)
    pest_tests.mark(top, units)  # once a bootstrap-only Pest is gone
    unapplied_roots.mark(top, units)
    testless_jvm.drop_unused(top, units)
    testless_jvm.drop_untested_units(top, units)
    testless_sbt.drop_untested_builds(top, units)  # as for a Gradle build, for sbt's
    unused_module_tests.drop_unused(top, units)  # a library's tests test the library
    ci_django_tests.mark(top, units)
    covered_suites.mark(top, units)  # once the testless suites are gone
    jvm_tests.mark(top, units)
    sbt_test_census.mark(top, units)
    rspec_markers.drop_bare(top, units)
    rspec_markers.drop_helperless(top, units)  # generated specs whose helper is gone
    ruby_tests.mark(top, units)
    rails2_tests.rename(units)  # once the count named the leading suite
    dotnet_tests.mark(top, units)
    dotnet_idle_tests.mark(top, units)  # a test project testing nothing of the tree
    solution_tests.mark(top, units)
    env_leftovers.drop_unopened(top, units)  # once every lent driver is in place
    env_leftovers.drop_test_urls(top, units)
    unread_settings_urls.drop_unread(top, units)
    laravel_edited_default.demote_leftovers(units)
    laravel_image_sqlite.promote(top, units)  # the SQLite file its own image migrates
    php_image_drivers.choose(top, units)
    side_stores.demote(top, units)
    dotnet_side_stores.demote(top, units)
    dotnet_connection_census.rank(top, units)
    py_job_stores.drop(top, units)  # before the censuses weigh the layers left
    py_side_stores.mark_primary(top, units)
    py_store_clients.mark_primary(top, units)
    py_lent_layers.mark_primary(top, units)
    built_databases.choose(top, units)  # once every driver and engine is in place
    odbc_images.choose(top, units)
    glassfish_pools.name_engine(top, units)  # the pool a shipped server config binds
    jdbc_images.add(top, units)  # as odbc_images, the JDBC driver jars a JVM image adds
    sql_projects.name_engine(top, units)
    pg_dump_schemas.name_engine(top, units)  # beside it: a dump, not a database project
    sql_dumps.name_engine(top, units)
    pg_configs.name_engine(top, units)
    nais_databases.name_engine(top, units)
    d1_bindings.drop_stand_ins(top, units)
    d1_bindings.name_engine(top, units)
    copied_settings.mark(top, units)
    readme_defaults.mark(top, units)
    template_urls.mark(top, units)  # last: only where nothing else names an engine
    readme_ports.mark(top, units)
    boot_parents.mark(units)  # once every framework a library lends is in place
    sourceless_modules.mark(top, units)
    unincluded_gradle.mark(top, units)
    test_only_modules.mark(top, units)
    sbt_test_projects.mark(top, units)
    rust_compose_engines.drop(top, units)  # before Redis is asked whether another is named
    go_nats_stores.name_store(top, units)  # once every other engine is known
    py_rest_search.name_engine(top, units)  # before Redis is asked whether another is named
    redis_only.name_store(top, units)  # once every other engine is known
    test_spawned_servers.mark(top, units)  # once every engine is known
    django_projects.split(top, units)  # once the shared folder's findings are all known
    hand_servers.mark(top, units)  # once Dockerfiles and the data dropped are all known
    unbuilt_packages.mark(top, units)  # as hand_servers, for a package the build leaves out
    local_servers.mark(top, units)
    desktop_sidecars.mark(top, units)  # a server the repository's desktop app spawns
    unstarted_siblings.mark(top, units)  # once Dockerfiles and images are known
    unreleased_siblings.mark(top, units)
    proof_servers.mark(top, units)
    archived_servers.mark(top, units)  # as proof_servers, for a folder named an archive
    ui_dev_servers.mark(top, units)
    cloud_functions.mark(top, units)  # once Dockerfiles and Procfiles are known
    lambda_builds.mark(top, units)
    lambda_tools.mark(top, units)
    lambda_adapters.mark(top, units)
    lambda_containers.mark(top, units)
    shipped_scripts.mark(top, units)  # an image shipping a program, its server left out
    wrangler_workers.mark(top, units)
    library_demos.mark(top, units)
    middleware_libraries.mark(top, units)
    django_test_harnesses.mark(top, units)
    suite_servers.mark(top, units)
    socket_servers.mark(top, units)
    notebook_servers.mark(top, units)  # once Dockerfiles and the data dropped are all known
    nest_starters.mark(top, units)
    found = backends(units, locks)
    jvm_driver_ties.prefer_named(top, found)  # once libraries' drivers are folded in
    jpa_unused.drop_lent_beside_reactive(top, units, found)  # once builds' layers are lent
    jpa_unused.drop_settings_only(top, units, found)  # likewise
    jpa_store_ties.prefer_jdbc(found)  # once libraries' stores are folded in
    jpa_providers.prefer_configured_backends(found)  # once libraries' JPA is folded in
    gradle_projects.key_at_build_roots(top, units, found)
    py_root_projects.key_at_root(top, units, found)  # as it, for a Python root's package
    return Detection(root=top, backends=found, warnings=sorted(set(warnings)))


def _included_compose_files(
    top: str, side: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """The Compose files that read Compose files include (a name the walk does not pick,
    `docker/docker-mysql.yml`), owned like their includer; unreadable ones are skipped."""
    known = {path for path, _, _ in side}
    added: list[tuple[str, str, str]] = []
    for path, owner, text in side:
        if not posixpath.basename(path).endswith((".yml", ".yaml")):
            continue
        for target in sidefiles.compose_includes(path, text):
            if target in known:
                continue
            known.add(target)
            included, _ = read_text(top, target)
            if included is not None:
                added.append((target, owner, included))
    return added


def _imported_catalogs(
    top: str, side: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """The TOML version catalogues Gradle settings scripts import under a name the walk does
    not pick (`from(files("deps.toml"))`), owned like their script; unreadable ones skipped."""
    known = {path for path, _, _ in side}
    added: list[tuple[str, str, str]] = []
    for path, owner, text in side:
        for target in sidefiles.catalog_imports(path, text):
            if target in known:
                continue
            known.add(target)
            imported, _ = read_text(top, target)
            if imported is not None:
                added.append((target, owner, imported))
    return added


_MISSING = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _stat(folder: str) -> os.stat_result | None:
    """The status of `folder`, or None when it does not exist: what `Path.exists` and
    `Path.is_dir` answer (other errors, a folder that cannot be searched, are raised), without
    importing pathlib, a tenth of `designer detect`'s start."""
    try:
        return os.stat(folder)
    except OSError as error:
        if error.errno not in _MISSING:
            raise
        return None
    except ValueError:
        return None  # a NUL byte in the path


def _includers(
    parsed: list[tuple[str, str, ManifestResult]], runs_itself: Callable[[str], bool]
) -> dict[str, str]:
    """Manifest path → the project folder of the manifest that includes it (`-r
    deploy/prod.txt`): an included file is part of its includer's project, wherever it lies,
    unless it is reached sideways (`-r ../app/requirements.txt` from `doc/`) and its own folder
    is a program that runs by itself (`runs_itself`): a docs build or a tool borrowing the
    application's list does not carry the application's list off."""
    paths = {path for path, _, _ in parsed}
    owners: dict[str, str] = {}
    for path, _, result in parsed:
        folder = posixpath.dirname(path)
        written = result.written_as
        if written and (path == written or path.endswith("/" + written)):
            # Generated from an ancestor's folder (pip-compile's `--output-file
            # dependencies/pip/requirements.txt`): that project's list, kept in a sub-folder.
            owners.setdefault(path, path[: -len(written) - 1] or ".")
        for include in result.includes:
            target = posixpath.normpath(posixpath.join(folder, include))
            if target not in paths or target == path:
                continue
            # A list layered on an ancestor's (`test/requirements.txt` with `-r
            # ../requirements.txt`) extends the application's, as its test or development
            # list: it joins that project rather than carrying the application's list off.
            if _above(target, folder):
                owners.setdefault(path, _owner(target))
            elif _beside(target, folder) and runs_itself(posixpath.dirname(target)):
                continue
            else:
                owner = owners.get(path) or _owner(path)
                if owner != _owner(target):
                    # A list beside its includer (`test.txt` with `-r base.txt`) says
                    # nothing of where their folder belongs: left for the other homes.
                    owners.setdefault(target, owner)
    return owners


_PATH_WORD = LazyPattern(r"(?<![^\s\"'\[\],=])[^\s\"'\[\],=]+\.(?:txt|pip)\b")
"""A word of a Dockerfile naming a pip file (`COPY scripts/pip/requirements/2_rsr.txt ./`,
`RUN pip install -r requirements/prod.txt`), from its first character only: tried inside a long
word, the scan read the rest of the word again from each character."""


def _copied_lists(
    side: list[tuple[str, str, str]],
    parsed: list[tuple[str, str, ManifestResult]],
    sources: dict[str, list[Source]],
) -> dict[str, str]:
    """Manifest path → the folder of the Dockerfile that copies or installs it, for the pip
    lists kept in a `requirements/` folder deep below that Dockerfile, in a folder without
    code of its own (`scripts/deployment/pip/requirements/2_rsr.txt`, the pinned list the
    root's image installs): the image's project is the list's, not the folder that keeps it."""
    lists = {
        path: holder
        for path, eco, _ in parsed
        if eco == "python"
        and path.endswith(_PIP_LISTS)
        and (holder := _requirements_folder(posixpath.dirname(path)))
    }
    if not lists:
        return {}
    copied: dict[str, str] = {}
    for path, _, text in side:
        name = posixpath.basename(path)
        if name != "Dockerfile" and not name.startswith(sidefiles.DOCKERFILE_VARIANTS):
            continue
        folder = posixpath.dirname(path)
        for word in _PATH_WORD.finditer(text):
            target = posixpath.normpath(posixpath.join(folder, word.group().removeprefix("./")))
            holder = lists.get(target)
            if holder is None or target in copied:
                continue
            keeper = holder.rpartition("/")[0]
            if keeper == folder or (folder and not keeper.startswith(folder + "/")):
                continue  # the list of the Dockerfile's own folder, or not below it
            if not _holds_code(keeper, sources):
                copied[target] = folder or "."
    return copied


def _holds_code(folder: str, sources: dict[str, list[Source]]) -> bool:
    """Whether the walk found a source file in `folder` or below it."""
    inside = folder + "/"
    return any(source.path.startswith(inside) for files in sources.values() for source in files)


def _holds_program(folder: str, sources: dict[str, list[Source]]) -> bool:
    """Whether the walk found a Python program in `folder` or below it: a package or a file
    named like an entry point (`manage.py`), not a helper script kept among deployment files."""
    inside = folder + "/"
    return any(
        source.path.startswith(inside)
        and source.path.endswith(".py")
        and not source.is_test
        and (source.is_entry or posixpath.basename(source.path) == "__init__.py")
        for files in sources.values()
        for source in files
    )


def _relocated(top: str, parsed: list[tuple[str, str, ManifestResult]]) -> dict[str, str]:
    """Folder of a manifest kept aside → the ancestor folder it describes.

    A manifest naming its program (package.json's `main: app.js`) when no such file is beside
    it, but one is in an ancestor folder without a manifest of its own, is the application's
    manifest kept elsewhere (NodeBB-style `install/package.json`, copied to the root at setup):
    the application is that ancestor, not the folder the copy waits in.
    """
    holders = {(posixpath.dirname(path) or ".", eco) for path, eco, _ in parsed}
    moved: dict[str, str] = {}
    for path, eco, result in parsed:
        folder = posixpath.dirname(path) or "."
        if not result.program or folder == ".":
            continue
        if any(_has_file(top, folder, program) for program in result.program):
            continue
        ancestor = folder
        while ancestor != ".":
            ancestor = posixpath.dirname(ancestor) or "."
            if (ancestor, eco) in holders:
                break  # that folder's own manifest describes it
            if any(_has_file(top, ancestor, program) for program in result.program):
                moved[folder] = ancestor
                break
    return moved


def _image_homes(
    top: str,
    tree: Tree,
    side: list[tuple[str, str, str]],
    parsed: list[tuple[str, str, ManifestResult]],
) -> dict[str, str]:
    """The pip lists of `image_lists.image_homes`, each read (its name may be one the walk
    takes for no manifest, `REQUIREMENTS.txt`) into `parsed`, the code of its folder taken
    from the project the walk counted it in → the folder."""
    # Python code beside a pip list makes its folder a project; the image's build tooling
    # kept there (a Gruntfile, a karma configuration) does not.
    dirs = {
        posixpath.dirname(s.path) or "."
        for files in tree.sources.values()
        for s in files
        if s.path.endswith(".py")
    }

    def exists(path: str, folder: bool) -> bool:
        full = os.path.join(top, *path.split("/"))
        return os.path.isdir(full) if folder else os.path.isfile(full)

    homes = image_lists.image_homes(side, parsed, exists, dirs.__contains__)
    known = {path for path, _, _ in parsed}
    for path, home in list(homes.items()):
        if path not in known:
            text = read_text(top, path)[0]
            if text is None:
                del homes[path]
                continue
            parsed.append((path, "python", python.parse(Lines(path, text))))
        _take_sources(tree, home)
    return homes


def _take_sources(tree: Tree, home: str) -> None:
    """Give `home` the files the walk counted for the project enclosing it."""
    if home in tree.sources:
        return
    outer = posixpath.dirname(home) or "."
    while outer not in tree.sources and outer != ".":
        outer = posixpath.dirname(outer) or "."
    inside = [s for s in tree.sources.get(outer, []) if s.path.startswith(home + "/")]
    if inside:
        tree.sources[outer] = [s for s in tree.sources[outer] if s not in inside]
        tree.sources[home] = inside


def _enclosing(modules: list[str], tree: Tree) -> dict[str, str]:
    """Folder of a file the walk took for a manifest by its name but that is a module of the
    program (`onyx/setup.py`, the app's first-run setup) → the project folder enclosing it:
    the code beside it is that project's, not a project of its own."""
    owners = {_owner(path) for path, _ in tree.manifests if path not in modules}
    enclosing: dict[str, str] = {}
    for path in modules:
        folder = outer = posixpath.dirname(path) or "."
        if folder in owners:
            continue  # another manifest makes the folder a project all the same
        while outer != "." and outer not in owners:
            outer = posixpath.dirname(outer) or "."
        enclosing[folder] = outer
    return enclosing


def _settings_homes(modules: list[str], tree: Tree) -> dict[str, str]:
    """A manifest holding only tools' settings (flake8's `setup.cfg`) in a folder whose
    projects are of other ecosystems only (a `package.json` building a Django site's assets
    beside its `manage.py`) → the nearest enclosing folder with a project of the settings'
    ecosystem (the root holding `requirements/`): the settings, and through them the code
    beside them (`_home`), are that project's, not a project of their own."""
    kinds: dict[str, set[ModuleType]] = defaultdict(set)
    for path, module in tree.manifests:
        if path not in modules:
            kinds[_owner(path)].add(module)
    homes: dict[str, str] = {}
    for path, module in tree.manifests:
        folder = _owner(path)
        if path not in modules or folder not in kinds or module in kinds[folder]:
            continue
        outer = folder
        while outer != ".":
            outer = posixpath.dirname(outer) or "."
            if module in kinds.get(outer, ()):
                homes[path] = outer
                break
    return homes


def _go_module(folder: str, modules: set[str]) -> str | None:
    """The folder of the Go module (among `modules`) whose tree holds `folder`: the folder
    itself or its nearest ancestor declaring one (None when no module encloses it)."""
    while True:
        if folder in modules:
            return folder
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."


_ENTRY_SCRIPTS = ("manage.py", "wsgi.py", "asgi.py")
"""Files at a Python folder's top that make it a program of its own (Django's `manage.py`, a
WSGI or ASGI entry point), not a list kept for another's use."""


def _runs_itself(top: str, folder: str) -> bool:
    """Whether `folder` holds a Python program's entry point at its top (`_ENTRY_SCRIPTS`)."""
    return any(_has_file(top, folder or ".", name) for name in _ENTRY_SCRIPTS)


def _beside(target: str, folder: str) -> bool:
    """Whether the manifest `target` lies in a folder neither `folder`, below it, nor above it
    (reached through `..` into a sibling branch of the tree)."""
    parent = posixpath.dirname(target)
    if parent == folder or _above(target, folder):
        return False
    return bool(folder) and not parent.startswith(folder + "/")


def _above(target: str, folder: str) -> bool:
    """Whether the manifest `target` lies in an ancestor folder of `folder`."""
    parent = posixpath.dirname(target)
    return parent != folder and (not parent or folder.startswith(parent + "/"))


def _discovered_binary(sources: Iterable[Source], crate: str) -> bool:
    """Whether a crate has a binary Cargo finds without a `[[bin]]` table: `src/bin/x.rs` or
    `src/bin/x/main.rs` (a workspace's own program whose commands live beside it)."""
    prefix = "src/bin/" if crate == "." else f"{crate}/src/bin/"
    for source in sources:
        if source.path.startswith(prefix):
            name, slash, rest = source.path[len(prefix):].partition("/")
            if rest == "main.rs" if slash else name.endswith(".rs"):
                return True
    return False


def _folder_names(top: str) -> Callable[[str], list[str]]:
    """The names in a folder of the scanned tree (none when it cannot be listed)."""

    def names(folder: str) -> list[str]:
        try:
            return os.listdir(os.path.join(top, *folder.split("/")))
        except OSError:
            return []

    return names


def _has_file(top: str, folder: str, relative: str) -> bool:
    """Whether `folder/relative` (inside the scanned tree) is a file."""
    target = posixpath.normpath(posixpath.join(folder, relative.removeprefix("./")))
    if target.startswith(("../", "/")) or target == "..":
        return False
    return os.path.isfile(os.path.join(top, *target.split("/")))


def _owner(path: str) -> str:
    """The project folder a manifest describes.

    A `requirements/` folder of pip files (`base.txt`, `prod.txt`, included with
    `-r requirements/prod.txt`) belongs to the project that holds it, not to a backend of its own;
    so does a Composer tool namespace of bamarni's bin plugin (`vendor-bin/phpunit/
    composer.json`, the project's PHPUnit installed apart from its dependencies).
    """
    folder = posixpath.dirname(path)
    if path.endswith(_PIP_LISTS) and (holder := _requirements_folder(folder)):
        folder = holder.rpartition("/")[0]
    elif path.endswith("/composer.json") and posixpath.basename(
        posixpath.dirname(folder)
    ) == "vendor-bin":
        folder = posixpath.dirname(posixpath.dirname(folder))
    return folder or "."


_PIP_LISTS = (".txt", python.PIP_COMPILED)


def _requirements_folder(folder: str) -> str:
    """The `requirements/` folder that holds `folder`, itself or its parent, or "": pip files
    kept one level down, per interpreter or target (`requirements/python3/requirements.txt`),
    are the holding project's as much as those directly in it."""
    if posixpath.basename(folder) == "requirements":
        return folder
    parent = posixpath.dirname(folder)
    if posixpath.basename(folder) == "pip" and posixpath.basename(parent) in _CONF_FOLDERS:
        # `app/conf/pip/requirements.txt`: the pip lists among the project's other settings
        # (its Docker and uWSGI files beside them), which `app/manage.py` runs on; or kept
        # per package manager in `dependencies/pip/` (pip-compile's `requirements.in` and
        # its output), beside the `manage.py` they install for.
        return parent
    return parent if posixpath.basename(parent) == "requirements" else ""


_CONF_FOLDERS = frozenset({"conf", "config", "dependencies"})
"""Folders a project keeps its settings or its dependency lists in, a `pip/` folder of pip
lists among them."""


def _requirements_homes(tree: Tree) -> None:
    """Give a project whose only manifests lie in its `requirements/` folder (a `backend/`
    holding `manage.py` and `requirements/base.txt`) the files the walk gave an enclosing
    project: the walk names a folder's files before it looks into its sub-folders, so the
    project's own code was counted as its parent's (the root's)."""
    homes = {
        _owner(path)
        for path, _ in tree.manifests
        if path.endswith(_PIP_LISTS) and _requirements_folder(posixpath.dirname(path))
    }
    for home in sorted(homes - tree.sources.keys() - {"."}, key=len):
        outer = posixpath.dirname(home) or "."
        while outer not in tree.sources and outer != ".":
            outer = posixpath.dirname(outer) or "."
        inside = [s for s in tree.sources.get(outer, []) if s.path.startswith(home + "/")]
        if not inside:
            continue
        tree.sources[outer] = [s for s in tree.sources[outer] if s not in inside]
        tree.sources[home] = inside
        tree.side = [
            (path, home if owner == outer and path.startswith(home + "/") else owner)
            for path, owner in tree.side
        ]


_FILE_PROGRAM = re.compile(
    r"\A\ufeff?(?:#![^\n]*\n)?(?:[ \t]*(?://[^\r\n]*)?\r?\n)*"
    r"[ \t]*#:(?:package|sdk|property|project)\b"
)
"""A .NET 10 file-based program's head: `#:package Name@1.0`, `#:sdk …`, `#:property …` or
`#:project …` directives before any code (after a shebang or comments at most). Such a file is
built and run alone (`dotnet run app.cs`), with the packages its directives name: whatever
folder it lies in, it is a program of its own, and neither its code nor its packages are those
of the project enclosing it (a maintenance script under `scripts/` opening SQL Server is no
database of the site beside it). The detector reads no such program as a backend yet: it is
left out of every project's code. A comment runs to `\r` as well as `\n`: were `\r` both the
comment's last character and the line end's first, each CRLF comment line could be read two
ways, and a file opening with thirty of them took minutes to fail."""


def _scan_sources(
    root: str, sources: dict[str, list[Source]], units: dict[str, Unit], warnings: list[str]
) -> None:
    for folder, files in sorted(sources.items()):
        hits: dict[source_rules.Counter, int] = {}
        found: list[tuple[str, Signal]] = []
        for source in files:
            text, problem = read_text(root, source.path)
            if text is None:
                if problem and "cannot be read" in problem:
                    warnings.append(problem)
                continue
            if source.path.endswith(".cs") and _FILE_PROGRAM.match(text):
                continue  # a program of its own, run alone: no project's code
            found += source_rules.apply_rules(
                source.path, text, source.is_test, source.is_entry, hits
            )
        if not found:
            continue
        unit = units.setdefault(folder, Unit(folder))
        for eco, signal in found:
            _home(unit, eco, units).signals[eco].append(signal)


def _home(unit: Unit, eco: str, units: dict[str, Unit]) -> Unit:
    """The unit code of ecosystem `eco` in `unit`'s folder belongs to: the folder's own unit,
    unless its manifests are of other ecosystems only (a `package.json` that builds the CSS of
    a Python package) and an enclosing folder declares a project of `eco`."""
    if not unit.manifests or any(e == eco for _, e, _ in unit.manifests):
        return unit
    return enclosing(unit, eco, units) or unit
