// clusterkg: a knowledge-graph builder for Chinese news about industrial clusters.
#include <cstdio>
#include <exception>

#include <libxml/parser.h>

#include "cli/commands.h"
#include "util/exit_codes.h"

int main(int argc, char** argv) {
  // libxml2 is used from several threads (HTML input, GraphML/GEXF writers):
  // its global state is set up once, here, before any thread starts.
  xmlInitParser();
  CLI::App app{"clusterkg: build a knowledge graph of Chinese industrial clusters from news articles"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "clusterkg 0.1.0");
  ckg::cli::Action run;
  ckg::cli::add_build_command(app, run);
  ckg::cli::add_query_command(app, run);
  ckg::cli::add_explain_command(app, run);
  ckg::cli::add_eval_command(app, run);
  ckg::cli::add_extract_command(app, run);
  ckg::cli::add_merge_command(app, run);
  ckg::cli::add_render_command(app, run);
  ckg::cli::add_export_command(app, run);
  ckg::cli::add_serve_command(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return ckg::exit_code::kUsage;
  }
  try {
    return run ? run() : ckg::exit_code::kUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "clusterkg: error: %s\n", e.what());
    return ckg::exit_code::kFailure;
  }
}
