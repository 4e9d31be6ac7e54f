package io.customerlens.domain;

/** How the salesperson gets in touch. */
public enum FollowUpChannel {
    PHONE, VISIT, WECHAT, EMAIL
}
