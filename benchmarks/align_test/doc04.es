Una vez que se encuentra ese número, los otros nodos verifican fácilmente que es el bueno.
La transacción se encuentra entonces indestructiblemente ligada a la cadena de conjuntos de las otras transacciones; toda modificación cambiaría la huella.
Si, para cometer un fraude, un usuario quisiera pagar dos veces con el mismo dinero muy rápido (en menos de diez minutos), la red sólo aceptaría como válida una de las dos transacciones; la otra se quedaría huérfana, ya que ambas tienen huellas diferentes. El ordenador que resuelva el desafío se lleva 50 bitcoins.
Para evitar la inflación, esa recompensa se divide en dos regularmente, con probabilidad antes del final de 2012.
El número de bitcoins en circulación está, pues, limitado a 21 millones, pero son divisibles hasta el cienmillonésimo, lo que deja un margen amplio.
La dificultad de este desafío se revela también en cada aumento de la potencia de cálculo.
La vida de la red tiene ya sus altibajos.
Los sitios web que ofrecen servicios para Bitcoin han sido atacados y se han robado bitcoins en depósito.
"El fallo utilizado no afecta al mismo protocolo", asegura Pierre Noizat, que acaba de lanzar Paymium, una empresa de pago en moneda real que utiliza la red Bitcoin.
El BCE tiene en cuenta además las posibilidades de blanquo de dinero gracias a este servicio anónimo.
Pero el dinero en efectivo presenta el mismo defecto.
Los actores de peso como Wikipedia rechazan los pagos de este tipo.
Otros, como la plataforma Wordpress, los aceptan.
Recientemente, Adi Shamir y Dorit Ron, del Insitito Weizmann en Israel, analizaron el libro de contabilidad y mostraron que cerca del 80% de bitcoins no circula.
En noviembre se lanzaron las "rebajas gigantes".
"Se cambiaron 30.000 dólares", se regocija Jon Holmquist, que trabaja para Coinabul, que convierte los bitcoins en oro.
Pierre Noizat, autor de un libro pedagógico sobre esa moneda, cree bastante en el potencial de esta tecnología además de en la red de transacciones.
Su sistema, Paytunia, equivale a una tarjeta de crédito (en moneda real) o a un pago por móvil sin contacto, pero utiliza Bitcoin para validar las transacciones, que así salen más baratas.
El portador, además, gestiona su identidad y puede.
Por tanto, permanecer en el anonimato.
El sistema es fácil de poner en marcha en los comercios, que no tienen que instalar nuevos terminales ni softwares.
Les basta con suministrar una dirección que un teléfono pueda "fotografiar y reconocer", precisa Pierre Noizat, que asegura tener miles de usuarios.
Hay un movimiento general de revisión de los sistemas jerárquicos por sistemas más horizontales.
"Hará falta un tiempo para que Bitcoin se imponga, pero en 2013 podría haber un cambio", predice.
Por otra parte, en su informe el BCE prevé revaluar los riesgos diversos, hoy considerados altos, en caso de que esta moneda tenga éxito.
Hemos salido de Afganistán.
¿Y después?
Las tropas francesas abandonaron su zona de responsabilidad en Afganistán (Kapisa y Surobi).
La OTAN y los americanos deben salir a fines de 2014.
Es hora de que el ejército afgano retome posesión de su territorio y que los afganos escojan su futuro.
Sin esperar nada de nosotros.
Hemos castigado sobre todo a los campesinos afganos, a los que hemos considerado terroristas.
Y a nosotros mismos, con nuestros 88 soldados asesinados, más los heridos y los mutilados.
Los talibanes cuentan con extremistas extranjeros y antiguos jefes refugiados en Pakistán, pero a menudo también con campesinos que rechazan la presencia del ejército extranjero, como en los tiempos de los soviéticos.
Quieren defender sus tradiciones, antiguas y arcaicas, incluso si a sus causas se unen los yihadistas, los paquistaníes, los árabes, los uzbecos o los tayikos.
Tolerados, a veces incluso ayudados por los insurgentes locales, éstos ya no lo serán cuando los occidentales se hagan más discretos.
La partida de las tropas francesas de la base de Nijrab, que observé desde lo alto de las colinas plantadas de almendros gracias a los créditos franceses, se hizo por orden.
Los convoys de camiones y de tanques regresaron a Kabul sin sufrir ningún ataque, vigilados por los helicópteros.
No habrá afluencia de talibanes en Kabul a partir de finales de 2014.
Las circunstancias han cambiado desde su avance irresistible entre 1994 y 1996.
Kabul estaba entonces vacío y el país envuelto en fuego y sangre a causa de las luchas entre diferentes facciones.
Su toma de control del país había sido percibida como una especie de liberación, el regreso a la seguridad.
Los afganos han pagado el precio del oscurantismo de sus campesinos sobrepasados por la organización Al-Qaeda, pero su situación no es mejor hoy.
Los viejos muyahidines, el gobierno actual y los actuales talibanes comparten el deseo de mantener a las mujeres en una posición inferior.
Las principales personalidades de la guerra antisoviética volvieron al poder en 2001.
Se han convertido en especuladores, haciéndose con terrenos gubernamentales para revenderlos como solares para los refugiados que han vuelto de Irán y Pakistán, beneficiándose a la par de enormes contratos estadounidenses de subcontratación.
Están desacreditados; la mayoría de ellos no han luchado.
La gente, según he oído en el campo, aspira a un gobierno que no esté formado por ladrones.
Muchos jóvenes quieren marcharse, como también se irán los que han sabido aprovecharse de la generosidad americana: la fuga de capital es considerable. Los jóvenes están cansados de la guerra y de sus ideologías.
Han vivido el mundo moderno durante sus exilios en Irán o Pakistán y han apreciado sus ventajas.
Con alrededor de un 65% de su población menor de 25 años, Kabul cuenta ahora mismo con 5 millones de habitantes, una quinta parte de la población total.
