Un tsunami y un terremoto en Indonesia devastan una isla, dejando cientos de fallecidos
Después del terremoto de Lombok, por ejemplo, se informó a las organizaciones no gubernamentales extranjeras que su ayuda no era necesaria.
Aunque más del 10 % de la población de Lombok había tenido que desplazarse, no se declaró una emergencia nacional, un requisito previo para catalizar la ayuda internacional.
“Lamentablemente, en muchos casos han dejado muy claro que no solicitan asistencia internacional, lo cual complica un poco las cosas”, explica la señora Sumbung.
Aunque Save the Children está preparando un equipo que enviará a Palu, aún no tienen la certeza de si el personal extranjero puede trabajar sobre el terreno.
El señor Sutopo, portavoz de la agencia nacional de emergencias, explicó que las autoridades estaban evaluando la situación en Palu para ver si se permitía que las organizaciones internacionales prestasen ayuda.
Teniendo en cuenta que la tierra se mueve constantemente en Indonesia, el país sigue estando increíblemente poco preparado cuando la naturaleza desata su ira.
Aunque se han construido refugios para tsunamis en Aceh, no se ven tantos en otras zonas costeras.
Es probable que la aparente falta de sirenas de alerta de tsunamis en Palu, incluso aunque existía una advertencia previa, haya contribuido a la pérdida de vidas.
En el mejor de los casos, viajar de una isla de Indonesia a otra supone todo un reto.
Las catástrofes naturales complican aún más la logística.
En la Liga 1, Lyon nos ha quitado el puesto de líder.
Un barco hospital que se encontraba en Lombok para atender a las víctimas del terremoto se dirige a Palu, pero tardará al menos tres días en llegar al enclave de la nueva catástrofe.
El presidente Joko Widodo convirtió la mejora de las desgastadas infraestructuras de Indonesia en el eje central de su campaña electoral, y ha destinado bastante dinero a carreteras y líneas ferroviarias.
No obstante, la falta de financiación ha afectado a la administración del señor Joko, que se enfrenta a una reelección el año que viene.
Además, debe hacer frente a la presión de las persistentes tensiones sectarias de Indonesia, donde miembros de la mayoría musulmana han adoptado una forma de fe más conservadora.
Más de 1000 personas fallecieron y decenas de miles tuvieron que abandonar sus hogares mientras bandas de cristianos y musulmanes peleaban en las calles usando machetes, arcos y flechas, y otras armas rudimentarias.
Para convertirse en un gran club europeo, París tiene que ganar títulos y estar ahí a largo plazo.
Mira esto: Daniel Sturridge, del Liverpool, iguala el marcador ante el Chelsea
En la última temporada no llegamos lejos.
Daniel Sturridge salvó al Liverpool de una derrota en la Premier League ante el Chelsea con un gol en el minuto 89 el sábado en el Stamford Bridge de Londres.
Sturridge recibió un pase de Xherdan Shaqiri a algo más de 27 metros de la portería del Chelsea cuando el marcador estaba 1-0.
Colocó el balón en su pie izquierdo con un toque antes de lanzarlo al segundo palo.
La acción lo mandó por encima del área y se dirigió hacia la esquina superior derecha de la red.
Finalmente, el balón pasó por encima de Kepa Arrizabalaga que intentó pararlo con un salto y cayó en la red.
“Estaba intentando colocarme en esa posición para hacerme con el balón y los jugadores como Shaq siempre juegan muy adelantados, así que intenté darme todo el tiempo posible”, comentó Sturridge a LiverpoolFC.com.
“Vi que Kante se acercaba y le di un toque. No lo pensé demasiado, solo lancé el tiro”.
Chelsea iba ganando 1-0 en la primera mitad después de que la estrella belga Eden Hazard marcase un gol en el minuto 25.
El mediapunta del Blues hizo un pase de tacón a Mateo Kovacic en esa jugada, antes de girar haciendo un regate cerca del medio campo y entrar en al campo del Liverpool.
Kovacic pasó rápidamente el balón y salió corriendo en el medio campo.
Después, hizo un bonito pase al espacio que llevó a Hazard al área.
Hazard se sitúo delante de la defensa y remató lanzando el balón a la red del segundo poste con una patada con el pie izquierdo que Alisson Becker, del Liverpool, no pudo parar.
El miércoles a las 15:00, el Liverpool juega contra el Napoli en la fase de grupos de la Champions League. El encuentro se celebrará en el Estadio San Paolo, en Nápoles (Italia).
Por su parte, el Chelsea se enfrenta a Videoton en la UEFA Europa League el jueves a las 15:00 en Londres.
