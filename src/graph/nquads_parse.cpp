#include "graph/nquads_parse.h"

#include <cstdio>
#include <memory>

namespace ckg {

namespace {

struct ParseState {
  std::string file;
  const std::function<void(raptor_statement*)>* on_quad = nullptr;
  std::string error;  // the first error raptor logged
};

void on_statement(void* user, raptor_statement* st) { (*static_cast<ParseState*>(user)->on_quad)(st); }

void on_log(void* user, raptor_log_message* m) {
  auto* s = static_cast<ParseState*>(user);
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || !s->error.empty()) return;
  std::string where = s->file;
  if (m->locator && m->locator->line > 0) {
    where += ": line " + std::to_string(m->locator->line);
    if (m->locator->column > 0) where += ", column " + std::to_string(m->locator->column);
  }
  s->error = where + ": " + (m->text ? m->text : "syntax error");
}

}  // namespace

std::string parse_nquads_file(const std::filesystem::path& file,
                              const std::function<void(raptor_statement*)>& on_quad) {
  ParseState state;
  state.file = file.string();
  state.on_quad = &on_quad;
  std::unique_ptr<FILE, int (*)(FILE*)> stream(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!stream) return state.file + ": cannot open for reading";
  std::unique_ptr<raptor_world, void (*)(raptor_world*)> world(raptor_new_world(), &raptor_free_world);
  if (!world || raptor_world_open(world.get()) != 0) return "cannot start raptor";
  raptor_world_set_log_handler(world.get(), &state, on_log);
  std::unique_ptr<raptor_parser, void (*)(raptor_parser*)> parser(raptor_new_parser(world.get(), "nquads"),
                                                                  &raptor_free_parser);
  if (!parser) return "raptor has no N-Quads parser";
  raptor_parser_set_statement_handler(parser.get(), &state, on_statement);
  unsigned char* uri_string = raptor_uri_filename_to_uri_string(std::filesystem::absolute(file).c_str());
  raptor_uri* base = raptor_new_uri(world.get(), uri_string);
  raptor_free_memory(uri_string);
  const int rc = raptor_parser_parse_file_stream(parser.get(), stream.get(), file.c_str(), base);
  raptor_free_uri(base);
  if (!state.error.empty()) return state.error;
  if (rc != 0) return state.file + ": cannot be read as N-Quads";
  return "";
}

}  // namespace ckg
