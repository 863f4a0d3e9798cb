package com.griddesk.urging;

import com.griddesk.cases.ServiceCase;
import com.griddesk.web.StateConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import org.springframework.stereotype.Component;

/**
 * The row lock of a case for the rest of the transaction: urges of one case, also from concurrent requests, are
 * counted one after the other, each seeing the case as the one before left it.
 */
@Component
class CaseLocks {

  @PersistenceContext
  private EntityManager entityManager;

  /**
   * Waits for the lock and re-reads the case (a managed, unchanged entity) as the lock holder left it. When the
   * wait times out (the database's lock timeout), nothing has changed and the client may retry: 409.
   */
  void lock(ServiceCase serviceCase) {
    try {
      entityManager.refresh(serviceCase, LockModeType.PESSIMISTIC_WRITE);
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new StateConflictException("工单 " + serviceCase.getCaseNo() + " 正在被同时修改，未做任何修改，请稍后重试");
    }
  }
}
