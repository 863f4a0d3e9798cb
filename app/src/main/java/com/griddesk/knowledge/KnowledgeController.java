package com.griddesk.knowledge;

import com.griddesk.web.InvalidRequestException;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge base: every logged-in user searches and reads it, knowledge editors write it (access in
 * SecurityConfig).
 */
@RestController
@RequestMapping("/api/knowledge")
public class KnowledgeController {

  private final KnowledgeSearch search;
  private final KnowledgeEditing editing;

  public KnowledgeController(KnowledgeSearch search, KnowledgeEditing editing) {
    this.search = search;
    this.editing = editing;
  }

  @GetMapping
  public KnowledgeSearchResult search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String serviceArea, @RequestParam(required = false) String limit) {
    KnowledgeQuery query = KnowledgeQuery.of(q, serviceArea, limit);
    LocalDate today = search.today();
    return new KnowledgeSearchResult(today, search.search(query.q(), query.serviceArea(), today, query.limit()));
  }

  @GetMapping("/{id}")
  public KnowledgeArticleView article(@PathVariable String id) {
    return editing.get(id(id));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<KnowledgeArticleView> create(@RequestBody KnowledgeArticleRequest request,
      Authentication user) {
    KnowledgeArticleView created = editing.create(request, user.getName());
    return ResponseEntity.created(URI.create("/api/knowledge/" + created.id())).body(created);
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public KnowledgeArticleView update(@PathVariable String id, @RequestBody KnowledgeArticleRequest request,
      Authentication user) {
    return editing.update(id(id), request, user.getName());
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable String id, Authentication user) {
    editing.delete(id(id), user.getName());
    return ResponseEntity.noContent().build();
  }

  private static long id(String text) {
    if (text.matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(text);
    }
    throw InvalidRequestException.of("id", "文章编号应为正整数");
  }
}
