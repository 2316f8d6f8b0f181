@gateway
Feature: Real-time chat across the realm
  Players talk on channels and hear each other at once, wherever their connection lands:
  the realm may run on several nodes, and a connection that drops loses nothing.
  These scenarios go through the real gateway, as a player's game client does.

  Background:
    Given the realm runs on two nodes that share their storage
    And Aria, a Drakari warrior, is in the game
    And Brann, a Terran smith, is in the game

  Rule: Everyone on a channel hears what is said there, in the order it was said

    Scenario: Two players in the trade room hear each other
      Given Aria and Brann are in the "trade" room
      When Aria says "Selling dragon scales" in the "trade" room
      Then Brann hears Aria say "Selling dragon scales" in the "trade" room
      And Aria hears her own words echoed back

    Scenario: Players on different nodes of the realm hear each other
      Given Aria is connected to the first node and Brann to the second
      And Aria and Brann are in the "trade" room
      When Aria says "Meet me at the forge" in the "trade" room
      Then Brann hears Aria say "Meet me at the forge" in the "trade" room

    Scenario: Messages keep their order
      Given Aria and Brann are in the "looking-for-group" room
      When Aria says these lines in the "looking-for-group" room:
        | Need a healer   |
        | for the ruins   |
        | leaving at dusk |
      Then Brann hears these lines from Aria, in this order:
        | Need a healer   |
        | for the ruins   |
        | leaving at dusk |

  Rule: A dropped connection loses nothing that was said meanwhile

    Scenario: Brann's connection drops and comes back
      Given Aria and Brann are in the "trade" room
      And Brann's connection drops
      And Aria says these lines in the "trade" room while Brann is away:
        | First offer  |
        | Second offer |
        | Last call    |
      When Brann comes back
      Then Brann hears these lines from Aria, in this order:
        | First offer  |
        | Second offer |
        | Last call    |
      And Brann hears no line twice

  Rule: Only those who belong on a channel may join it

    Scenario: A player cannot listen at another family's hearth
      When Brann tries to join Aria's family channel
      Then Brann is told "channel_forbidden"

  Rule: A connection must show a valid pass at once

    Scenario: A stranger who shows no pass is turned away
      When a stranger connects and says nothing
      Then the stranger is turned away as unauthenticated

    Scenario: A player who logs out is disconnected everywhere
      When Aria logs out of the realm
      Then Aria's connection is closed as unauthenticated

  Rule: Nobody may flood the realm

    Scenario: Shouting too fast is refused, but the player stays connected
      Given Brann is in the "trade" room
      When Brann sends 60 requests within a second
      Then some of Brann's requests are refused as "rate_limited"
      And Brann is still connected
