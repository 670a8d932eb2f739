package com.escalationdesk.directory.web;

import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.shared.DomainException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;

/**
 * A customer picked in a form travels as its id and comes back as the customer, read again from the
 * directory. The directory is looked up on each use: a converter restored with its component's state
 * is made by reflection, so an injected field would be empty.
 */
@FacesConverter("customerOption")
public class CustomerOptionConverter implements Converter<CustomerOption> {

    @Override
    public CustomerOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CDI.current().select(Directory.class).get().customer(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw refused("Choose the customer from the list that opens as you type.");
        } catch (DomainException e) {
            throw refused(e.getMessage());
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException cause) {
                throw refused(cause.getMessage());
            }
            throw e;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerOption value) {
        return value == null ? "" : String.valueOf(value.id());
    }

    private static ConverterException refused(String message) {
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
