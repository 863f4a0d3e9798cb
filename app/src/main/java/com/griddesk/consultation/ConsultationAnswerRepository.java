package com.griddesk.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationAnswerRepository extends JpaRepository<ConsultationAnswer, Long> {}
