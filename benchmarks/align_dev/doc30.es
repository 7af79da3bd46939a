El mexicano AMLO promete no utilizar al ejército contra la población civil
Andrés Manuel López Obrador, presidente mexicano electo, ha prometido no utilizar nunca al ejército contra la población civil, ahora que se acerca el 50 aniversario de una sangrienta represalia contra estudiantes en el país.
El sábado, López Obrador prometió en Plaza Tlatelolco que “nunca utilizaría al ejército para reprimir al pueblo de México”.
El 2 de octubre de 1968, las tropas dispararon contra una manifestación pacífica en la plaza, matando a 300 personas en un momento en que los movimientos estudiantiles de izquierdas se estaban afianzando en toda América Latina.
López Obrador se ha comprometido a prestar apoyo a los jóvenes mexicanos dándoles subsidios mensuales a los que estudien y abriendo más universidades públicas gratuitas.
Afirmó que el desempleo y la falta de oportunidades educativas llevaba a los jóvenes a integrarse en bandas criminales. EE. UU. debería duplicar la financiación de I. A. Ahora que China es más activa en materia de inteligencia artificial, EE. UU. debería duplicar su inversión en investigación en este campo, afirma Kai-Fu Lee, inversor y profesional de I. A. que ha trabajado para Google, Microsoft y Apple.
Los comentarios surgen después los anuncios relativos a la I. A. de varias partes del Gobierno estadounidense, incluso cuando, en general, EE. UU. carece de una estrategia de I. A. oficial.
Mientras tanto, China presentó su plan el año pasado: su objetivo es convertirse en el número 1 en innovación en I A. para 2030.
“Duplicar el presupuesto para la investigación de I. A. sería un buen comienzo, dado que todos los demás países van muy por detrás de EE. UU. Tenemos la mirada puesta en el próximo avance en el campo de la I. A.”, comenta Lee.
El doble de financiación significa el doble de posibilidades de que el siguiente gran logro en I. A. se alcance en EE. UU., tal como declaró Lee en una entrevista con la CNBC esta semana.
Lee, cuyo libro “AI Superpowers: China, Silicon Valley and the New World Order” fue publicado este mes por la editorial Houghton Mifflin Harcourt, es el director ejecutivo de Sinovation Ventures, que ha invertido en una de las empresas de I. A. más importantes de China, Face++.
En los años 80, en la Universidad Carnegie Mellon, trabajó en un sistema de I. A. que venció al mejor jugador estadounidense de Othello. Posteriormente, fue ejecutivo en Microsoft Research y presidente de la filial de Google en China.
Lee otorgó reconocimiento a las anteriores competiciones tecnológicas del Gobierno estadounidense, como el DARPA Robotics Challenge, y preguntó cuando sería la siguiente, que permitiría identificar a la siguiente generación de visionarios.
En EE. UU., los investigadores suelen tener que esforzarse mucho para conseguir subvenciones del Gobierno, comentó Lee.
“No es China el que está llevándose a los líderes académicos; son las corporaciones”, señaló Lee.
En los últimos años, Facebook, Google y otras empresas tecnológicas han contratado a personas destacadas de las universidades para trabajar en I. A.
Lee comentó que unos cambios en la política migratoria también podrían ayudar a EE. UU. a intensificar sus iniciativas en I. A.
“Pienso que a los doctores en I. A. deberían disponer de tarjetas de residencia permanente de manera automática”, afirmó.
El Consejo de Estado de China presentó su Plan para el Desarrollo de la Siguiente Generación de Inteligencia Artificial en julio de 2017.
La Fundación Nacional de Ciencias Naturales de China financia a personas de instituciones académicas igual que la Fundación Nacional para la Ciencia y otras organizaciones gubernamentales financian a investigadores estadounidenses, pero la calidad del trabajo académico en China es menor, comentó Lee.
A principios de este año, el Departamento de Defensa de EE. UU. estableció un Centro Conjunto de Inteligencia Artificial, cuya finalidad es atraer a socios de los ámbitos industrial y académico. Por su parte, la Casa Blanca anunció la formación de un Comité Selecto en materia de Inteligencia Artificial.
Además, este mes DARPA anunció una inversión de 2000 millones de USD en una iniciativa llamada AI Next.
En cuanto a la Fundación Nacional para la Ciencia, actualmente invierte más de 100 millones de USD al año en investigación de I. A.
Mientras tanto, la legislación estadounidense que trató de crear una Comisión Nacional de Seguridad en materia de Inteligencia Artificial no ha llevado a cabo ninguna acción en meses.
Los macedonios decidieron en un referéndum sobre si van a cambiar el nombre de su país
La gente de Macedonia decidió en un referéndum celebrado el domingo sobre si su nombre va a cambiar a “República de Macedonia del Norte”, un gesto que resolvería un conflicto de décadas con Grecia, que había bloqueado su candidatura de adhesión a la Unión Europea y la OTAN.
Grecia, que tiene una provincia llamada Macedonia, mantiene que el nombre de su vecino del norte es una reclamación de su territorio y ha vetado su entrada en la OTAN y la UE. En junio, ambos gobiernos alcanzaron un acuerdo sobre el nuevo nombre propuesto, pero los opositores nacionalistas sostienen que el cambio menoscabaría la identidad étnica de la población eslava, mayoría en Macedonia.
El presidente Gjorge Ivanov ha dicho que no votará en el referéndum y una campaña de boicot ha puesto en duda si la participación llegará al 50 % mínimo requerido para que el referéndum se considere válido.
En la papeleta del referéndum se planteaba la siguiente pregunta: “¿Está a favor de la adhesión a la OTAN y la UE con la aceptación del acuerdo con Grecia?”
Los partidarios del cambio de nombre, incluido el primer ministro Zoran Zaev, alegan que es un precio que merece la pena pagar para que Macedonia, uno de los países que surgen de la desintegración de Yugoslavia, intente acceder a cuerpos como la UE y la OTAN.
“Hoy he venido a votar por el futuro del país, por los jóvenes de Macedonia, para que puedan vivir con libertad al amparo de la Unión Europea, porque esto supone una vida más segura para todos”, afirmó Olivera Georgijevska, de 79 años, en Skopie.
Aunque no será jurídicamente vinculante, bastantes miembros del Parlamento han dicho que respetarán el resultado de la votación para que sea decisivo.
El cambio de nombre exige una mayoría de dos tercios en el Parlamento.
La Comisión Electoral Estatal declaró que, a la una de la tarde, no se habían notificado irregularidades.
Sin embargo, la participación era solo del 16 %, en comparación con el 34 % de las últimas elecciones al Parlamento celebradas en 2016, cuando un 66 % de los electores registrados depositaron su voto.
“He venido a votar por mis hijos, nuestro lugar está en Europa”, declaró Gjose Tanevski, de 62 años, que votaba en la capital, Skopie. Zoran Zaev, primer ministro de Macedonia, su mujer Zorica y su hijo Dushko depositaron su voto en el referéndum de Macedonia sobre un cambio de nombre del país que abriría las vías para unirse a la OTAN y la Unión Europea en Strumica (Macedonia) el 30 de septiembre de 2018.
Delante del Parlamento, en Skopie, Vladimir Kavardarkov, de 54 años, preparaba un pequeño escenario y retiraba sillas delante de las tiendas de campaña plantadas por quienes iban a boicotear el referéndum.
“Estamos a favor de entrar en la OTAN y la UE, pero queremos hacerlo con la cabeza bien alta, no por la puerta de atrás”, dijo Kavadarkov.
“Somos un país pobre, pero tenemos dignidad.
Si no quieren que entremos como Macedonia, podemos establecer relaciones con otros países, como China y Rusia, y formar parte de la integración euroasiática”.
El primer ministro Zaev dice que la adhesión a la OTAN aportaría la inversión que tanto necesita Macedonia, cuya tasa de desempleo es superior al 20 %. “Creo que la gran mayoría estará a favor, ya que más del 80 % de los ciudadanos están a favor de la UE y la OTAN”, afirmó Zaev después de depositar su voto.
Dijo que un resultado positivo sería una “confirmación de nuestro futuro”.
En una encuesta publicada el pasado lunes por el Instituto de Investigación de Políticas se aseguraba que entre el 30 y el 43 % de los votantes iba a participar en el referéndum, lo que supone una participación menor a la requerida.
Otra encuesta realizada por Telma TV, de Macedonia, reveló que el 57 % de los encuestados tenían pensado votar el domingo.
De estos, el 70 % decía que votaría a favor.
Para que el referéndum se considere un éxito, la participación debe ser del 50 % más un voto. En caso de que fracase, se trataría del primer golpe serio a la política del gobierno prooccidental desde que llegó al poder en mayo del año pasado.
