package com.escalationdesk.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Signs users in against the agent table; their roles become their security groups. */
@ApplicationScoped
public class AgentIdentityStore implements IdentityStore {

    @Inject
    private Directory directory;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return directory.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(groups -> new CredentialValidationResult(login.getCaller(), groups))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
