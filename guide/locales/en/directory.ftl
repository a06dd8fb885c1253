# The service directory's words (folder services/): its pages, and the names of the categories,
# of whom each service serves and of what it costs.
directory = Who can help
directory-intro = Organisations and public offices that can help you, by place. Before you go, ask if the service is still open and if it costs money.
directory-also = Also in { $place }
service-verified = Checked on { $date } by { $by }
service-unverified = Not checked since { $date }: these details may be wrong. Confirm them before you go.
service-placeholder = We do not have a verified number for this service yet. Ask at a shelter or a trusted organisation how to reach it.
service-left-out = { $count ->
    [one] One service is not on this list because its details were not checked in time. Look for it on the website.
   *[other] { $count } services are not on this list because their details were not checked in time. Look for them on the website.
}
service-serves = For
service-languages = Languages
service-cost = Cost
service-map = See on the map
service-save = Save in my contacts
service-print = List to print
category-emergency = Emergencies
category-child-protection = Child protection
category-asylum = Asylum
category-legal = Legal help
category-shelter = Shelter
category-health = Health
category-reintegration = Return and reintegration
serves-everyone = Everyone
serves-children-alone = Children alone or separated
serves-families = Families
serves-women = Women
serves-lgbtqi = LGBTQI+ people
cost-free = Free
cost-low-cost = Low cost
cost-paid = Paid
# Languages spoken at a service that the site has no pages in, named as their speakers name them:
# language-kjb = Q'anjob'al
