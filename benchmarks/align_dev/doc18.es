A los Miembros de la Asamblea (AM, por sus siglas en inglés) de Gales les preocupa “parecer muppets”
Algunos Miembros de la Asamblea están desconcertados por la sugerencia de que su título debería cambiarse a Miembros del Parlamento de Gales (MWP, por sus siglas en inglés).
Este desconcierto surge de los planes de cambiar el nombre de la Asamblea a Parlamento de Gales.
A Miembros de la Asamblea de todo el espectro político les preocupa que esto pueda ser ridiculizado.
Un Miembro de la Asamblea del Partido Laborista declaró que a su grupo le preocupaba “que rimase con Twp y Pwp”.
Para los lectores de fuera de Gales: En galés, twp significa tonto y pwp significa caca.
Un Miembro de la Asamblea del Partido de Gales comentó que todo su grupo estaba “descontento” y ha sugerido alternativas.
Un miembro del Partido Conservador de Gales afirmó que su grupo estaba “abierto” al cambio de nombre, pero señaló que el salto de pronunciación de MWP a muppet era pequeño.
En este contexto, la pronunciación de la letra w en galés es parecida a la de la letra u en inglés de Yorkshire. La Comisión de la Asamblea, que actualmente elabora la legislación para introducir el cambio de nombre, declara: “Por supuesto, la decisión final sobre cualquier elemento descriptivo de la denominación de los Miembros de la Asamblea será asunto de los propios miembros”.
La ley de 2017 del Gobierno de Gales otorgó a la Asamblea de Gales el poder de cambiar su nombre.
En junio, la Comisión publicó los resultados de una consulta pública de las propuestas que reveló un amplio apoyo para llamar Parlamento de Gales a la Asamblea. Sobre la cuestión del título de los Miembros de la Asamblea, la Comisión prefirió Miembros del Parlamento de Gales (o WMP), pero la opción MWP obtuvo la mayor parte del apoyo en una consulta pública.
Al parecer, los Miembros de la Asamblea están sugiriendo opciones alternativas, pero la lucha por llegar a un consenso podría traer de cabeza a la presidenta de la Asamblea, Elin Jones, que debería enviar el proyecto de ley relativo a los cambios en pocas semanas.
La legislación sobre las reformas incluirá otros cambios relacionados con el funcionamiento de la asamblea, como normas sobre la inhabilitación de Miembros de la Asamblea y el diseño del sistema de comités.
Los Miembros de la Asamblea tendrán la última palabra en la pregunta de cómo deberían llamarse cuando deliberen sobre la legislación.
Los macedonios acuden a las urnas para votar un referéndum sobre el cambio de nombre del país
Los electores votarán el domingo sobre si el nombre de su país va a cambiarse a “República de Macedonia del Norte”.
La votación popular se convocó en un intento de resolver un conflicto de décadas con el país vecino, Grecia, que tiene su propia provincia llamada Macedonia.
Atenas siempre ha insistido en que el nombre de su vecino del norte supone una reclamación de su territorio y en repetidas ocasiones se ha opuesto a su candidatura de adhesión a la UE y la OTAN.
El presidente de Macedonia, Gjorge Ivanov, que se opone al plebiscito sobre el cambio de nombre, ha afirmado que hará caso omiso de la votación.
Sin embargo, los partidarios del referéndum, incluido el Primer Ministro Zoran Zaev, sostienen que el cambio de nombre es simplemente el precio que hay que pagar para unirse a la UE y a la OTAN.
Las campanas de San Martín guardan silencio por las dificultades de las iglesias de Harlem
“Históricamente, las personas mayores con las que he hablado dicen que había un bar y una iglesia en cada esquina”, comenta el señor Adams.
“Hoy en día, no hay ni una cosa ni la otra”.
Señaló que la desaparición de los bares era comprensible.
“Ahora la gente socializa de otra forma”, afirma.
“Los bares ya no son las salas de estar de los barrios a los que los vecinos van con regularidad”. Con respecto a las iglesias, le preocupa que el dinero obtenido de la venta de bienes no durará tanto como los líderes esperan y que “antes o después, volverán al punto de partida”.
Las iglesias, añadió, podrían reemplazarse por edificios de apartamentos llenos del tipo de personas que no ayudarán a los santuarios que quedan en el barrio.
“La inmensa mayoría de personas que compran apartamentos en estos edificios serán personas blancas”, afirmó, “y, por lo tanto, acelerarán el cierre de estas iglesias, ya que es poco probable que la mayor parte de las personas que se mudan a estos apartamentos acaben siendo miembros de estas iglesias”.
Las dos iglesias fueron construidas por congregaciones blancas antes de que Harlem se convirtiese en una metrópolis negra: la Comunidad Metropolitana en 1870 y San Martín una década más tarde.
La congregación metodista blanca original se fue en los años 30 del siglo XX.
Una congregación negra que rendía culto cerca adquirió el edificio.
Una congregación negra tomó las riendas de San Martín, bajo la dirección del Reverendo John Howard Johnson, que lideró un boicot a los comerciantes de la calle 125, una calle principal de compras de Harlem, que se resistían a contratar o promover a personas negras.
En 1939, un incendio dejó el edificio gravemente dañado y, mientras los feligreses del Padre Johnson hacían planes para su reconstrucción, también encargaron el carrillón.
El Reverendo David Johnson, hijo y sucesor del Padre Johnson en San Martín, lo denominaba con orgullo “las campañas de los pobres”.
En julio, la experta que tocaba el carrillón llamó: “un tesoro cultural” y “un instrumento histórico irreemplazable”.
Además, la experta, Tiffany Ng, de la Universidad de Michigan, señaló que era el primer carrillón del mundo utilizado por un músico negro, Dionisio A. Lind, que se fue para tocar el carrillón de Riverside Church, de mayor tamaño, hace 18 años.
El señor Merriweather comentó que San Martín no lo sustituyó.
Lo que ha sucedido en San Martín en los últimos meses ha sido una complicada historia de arquitectos y contratistas, algunos traídos por los líderes laicos de la iglesia y otros por la Diócesis episcopal.
La junta parroquial, el órgano rector de la parroquia, compuesta por líderes laicos, escribió a la diócesis en julio comentando su preocupación por que la diócesis “intentase pasar los costes” a la junta, aunque esta no había participado en la contratación de los arquitectos y los contratistas enviados por la diócesis.
Algunos feligreses se quejaron de la falta de transparencia por parte de la diócesis.
