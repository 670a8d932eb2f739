package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.CustomersPage;
import com.escalationdesk.browser.DirectoryPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In Chromium: an admin pages, sorts and searches the customers (in the database) and the users, as the queues do. */
class DirectoryListsIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void customersAreCountedSortedByAHeadingEitherWayAndSearched() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        CustomersPage customers = CustomersPage.open(adam);
        assertThat(customers.count()).matches("Customers: [1-9]\\d*");

        List<String> ascending = customers.sortBy("Name");
        assertThat(ascending).hasSizeGreaterThan(1).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        List<String> descending = customers.sortBy("Name");
        List<String> reversed = new ArrayList<>(descending);
        Collections.reverse(reversed);
        assertThat(reversed).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(descending.get(0)).isNotEqualTo(ascending.get(0));

        customers.find("contoso");
        assertThat(customers.names()).isNotEmpty().allMatch(name -> name.toLowerCase().contains("contoso"));
        assertThat(customers.count()).isEqualTo("Customers: " + customers.names().size());
    }

    @Test
    void usersAreSearchedByAnyOfTheirWordsAndSortedByAHeading() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        DirectoryPage directory = DirectoryPage.open(adam);

        assertThat(directory.searchUsers("billing")).isNotEmpty().allMatch(row -> row.contains("Billing"));
        assertThat(directory.searchUsers("manager")).anyMatch(row -> row.startsWith("maria ")).noneMatch(row -> row.startsWith("alice "));
        directory.showAllUsers();
        List<String> byLogin = directory.sortUsersBy("Login");
        assertThat(byLogin).hasSizeGreaterThan(5).isSorted();
        List<String> reversed = new ArrayList<>(directory.sortUsersBy("Login"));
        Collections.reverse(reversed);
        assertThat(reversed).isSorted();
    }
}
